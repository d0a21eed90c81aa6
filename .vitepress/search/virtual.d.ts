declare module 'virtual:search-index-url' {
  const url: string
  export default url
}
