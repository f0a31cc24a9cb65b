import { marco } from '../agents'
import { emailReply } from '../emailReply'
import type { AuthoredStory } from '../storyTypes'
import { resolvedTicket } from '../ticketTemplates'

const currentMessage = emailReply({
  greeting: 'Hola Marco:',
  paragraphs: [
    'Llevo una semana esperando y el envío a Valencia sigue sin llegar. Es la segunda vez que escribo por el ' +
      'mismo problema y nadie me da una respuesta clara. Estoy muy decepcionada.',
    'Necesito saber hoy mismo dónde está el paquete, porque mi cliente está furioso.'
  ],
  signOff: 'Un saludo,',
  signature: ['Lucía Fernández', 'Responsable de Logística · Mercado Verde'],
  quoted: {
    header: 'El lun, Marco Ruiz <soporte@rapport-demo.example> escribió:',
    text: 'Hola Lucía,\n\nGracias por escribirnos. Estamos revisando el envío y te respondemos en breve.\n\nSaludos,\nMarco'
  }
})

export const spanishRequester: AuthoredStory = {
  id: 'spanish-requester',
  title: 'Requester writing in Spanish',
  expectedInsight:
    'Eighteen-month customer writing in Spanish, second contact in a week about a late shipment, clearly ' +
    'upset: language detected as Spanish; negative if Spanish is scored, otherwise the tone abstains (unknown) ' +
    'while the repeat contact is still shown.',
  expectedPatterns: [],
  expectedState: 'insight',
  requester: {
    id: 3_620_000_601,
    name: 'Lucía Fernández',
    email: 'lucia.fernandez@mercadoverde.example',
    createdDaysAgo: 540,
    locale: 'es',
    tags: ['spanish']
  },
  organization: {
    id: 3_600_000_601,
    name: 'Mercado Verde',
    createdDaysAgo: 560,
    tags: ['plus'],
    fields: { plan: 'business', region: 'ES' },
    domains: ['mercadoverde.example']
  },
  agentId: marco,
  currentTicketId: 1604,
  tickets: [
    resolvedTicket({
      id: 1601,
      daysAgo: 500,
      subject: 'Configuración de la cuenta',
      tags: ['onboarding'],
      ask: 'Hola, ¿podéis ayudarnos a configurar los almacenes en la cuenta? Gracias.',
      answer: 'Hola Lucía, ya están configurados los dos almacenes. ¡Bienvenida!',
      thanks: '¡Perfecto, muchas gracias por la ayuda!',
      rating: { score: 'good' }
    }),
    resolvedTicket({
      id: 1602,
      daysAgo: 260,
      subject: 'Factura duplicada',
      tags: ['billing'],
      ask: 'Hemos recibido la factura de marzo dos veces. ¿Podéis anular una?',
      answer: 'Anulada la factura duplicada. Disculpa las molestias.',
      rating: { score: 'good', comment: 'Rápido y amable.' }
    }),
    {
      id: 1603,
      daysAgo: 8,
      subject: 'Envío a Valencia retrasado',
      status: 'pending',
      tags: ['shipping', 'delay'],
      channel: 'email',
      rating: { score: 'offered' },
      comments: [
        {
          from: 'requester',
          hour: 0,
          text: 'Hola, el envío 4471 a Valencia lleva tres días de retraso. ¿Podéis revisarlo, por favor?'
        },
        {
          from: 'agent',
          hour: 5,
          text: 'Hola Lucía,\n\nGracias por escribirnos. Estamos revisando el envío y te respondemos en breve.\n\nSaludos,\nMarco'
        }
      ]
    },
    {
      id: 1604,
      daysAgo: 1,
      subject: 'Sigue sin llegar el envío a Valencia',
      status: 'open',
      tags: ['shipping', 'delay', 'escalated'],
      channel: 'email',
      rating: { score: 'unoffered' },
      comments: [{ from: 'requester', hour: 0, text: currentMessage.text, html: currentMessage.html }]
    }
  ]
}
