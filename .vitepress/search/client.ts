/**
 * Browser side of search: fetches the index file once (the first time the search box
 * opens) and builds the engine from it. Imported only by the lazily loaded modal, so
 * neither FlexSearch nor the index is part of the first page load.
 */
import indexUrl from 'virtual:search-index-url'
import { SearchEngine } from './engine'
import { decodeIndexFile } from './records'

let engine: Promise<SearchEngine> | null = null

export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= fetch(indexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`)
      return response.json()
    })
    // Built in slices with a macrotask between them, so typing stays responsive.
    .then((data) => SearchEngine.build(decodeIndexFile(data), () => new Promise((resolve) => setTimeout(resolve, 0))))
    .catch((error: unknown) => {
      // Let the next opening try again instead of keeping a failed promise.
      engine = null
      throw error
    })
  return engine
}
