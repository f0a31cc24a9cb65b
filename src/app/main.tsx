import { createRoot } from 'react-dom/client'
import { App, preloadSidebar } from './App'

preloadSidebar()
const container = document.getElementById('root')
if (container) createRoot(container).render(<App />)
