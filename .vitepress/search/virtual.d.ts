declare module 'virtual:search-index-url' {
  const url: string
  export default url
}

declare module 'virtual:practice-data' {
  /** URLs of the practice manifest and of each chapter page's rendered answers. */
  const data: { manifest: string; answers: Record<string, string> }
  export default data
}
