// Client side of the practice data: fetches the question manifest and a page's rendered
// answers (built by scripts/practice/data.ts), each once per visit.
import type { PageAnswers, PracticeManifest } from '../../../scripts/practice/data'

let manifestPromise: Promise<PracticeManifest> | null = null
const answerPromises = new Map<string, Promise<PageAnswers>>()

async function loadUrls(): Promise<{ manifest: string; answers: Record<string, string> }> {
  return (await import('virtual:practice-data')).default
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return (await response.json()) as T
}

export function loadManifest(): Promise<PracticeManifest> {
  manifestPromise ??= loadUrls().then((urls) => fetchJson<PracticeManifest>(urls.manifest))
  // A failed load may be retried later (e.g. after the network comes back).
  manifestPromise.catch(() => (manifestPromise = null))
  return manifestPromise
}

export function loadAnswers(route: string): Promise<PageAnswers> {
  let promise = answerPromises.get(route)
  if (!promise) {
    promise = loadUrls().then((urls) => {
      const url = urls.answers[route]
      if (!url) throw new Error(`没有这一页的答案数据：${route}`)
      return fetchJson<PageAnswers>(url)
    })
    promise.catch(() => answerPromises.delete(route))
    answerPromises.set(route, promise)
  }
  return promise
}

export type { PageAnswers, PracticeManifest }
