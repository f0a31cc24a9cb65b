/**
 * The topic model in the Workers Cache API (per data centre, free, no binding needed): stored as a JSON response
 * under a synthetic URL per account, expiring by Cache-Control. Only the Workers entry imports this.
 */
import type { TopicModelCache, TopicModelEntry } from './topicModelCache'

const keyFor = (account: string) =>
  new Request(`https://rapport-companion.internal/topic-model/${encodeURIComponent(account)}`)

export function createWorkersTopicModelCache(cache: Cache): TopicModelCache {
  return {
    async read(account) {
      const response = await cache.match(keyFor(account))
      if (!response) return null
      try {
        return (await response.json()) as TopicModelEntry
      } catch {
        return null
      }
    },
    async write(account, entry, storeSeconds) {
      const response = new Response(JSON.stringify(entry), {
        headers: { 'content-type': 'application/json', 'cache-control': `max-age=${storeSeconds}` }
      })
      await cache.put(keyFor(account), response)
    }
  }
}
