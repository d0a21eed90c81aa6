/** Recent searches, kept in localStorage (absent storage, e.g. private mode, is tolerated). */
const KEY = 'llm-interview:recent-searches'
const MAX_RECENT = 8

export function readRecentSearches(): string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown
    return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string').slice(0, MAX_RECENT) : []
  } catch {
    return []
  }
}

export function rememberSearch(query: string): void {
  const text = query.trim().slice(0, 100)
  if (!text) return
  const next = [text, ...readRecentSearches().filter((item) => item !== text)].slice(0, MAX_RECENT)
  try {
    localStorage.setItem(KEY, JSON.stringify(next))
  } catch {
    // Storage may be full or disabled; recent searches are a convenience only.
  }
}

export function forgetRecentSearches(): void {
  try {
    localStorage.removeItem(KEY)
  } catch {
    // See rememberSearch.
  }
}
