// Search engines and link previews: canonical URL, Open Graph and Twitter tags per page,
// the sitemap's hostname and robots.txt. The public origin comes from SITE_HOSTNAME
// (e.g. https://example.org); on GitHub Actions it defaults to https://<owner>.github.io.
import type { HeadConfig, PageData } from 'vitepress'

const FALLBACK_ORIGIN = 'https://llm-interview.github.io'

export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.SITE_HOSTNAME?.trim()
  if (configured) {
    let url: URL
    try {
      url = new URL(configured)
    } catch {
      throw new Error(`SITE_HOSTNAME must be an absolute URL such as https://example.org, got ${JSON.stringify(configured)}`)
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`SITE_HOSTNAME must be an http(s) URL, got ${JSON.stringify(configured)}`)
    }
    return url.origin
  }
  const owner = env.GITHUB_REPOSITORY_OWNER || env.GITHUB_REPOSITORY?.split('/')[0]
  return owner ? `https://${owner.toLowerCase()}.github.io` : FALLBACK_ORIGIN
}

/** Public URL of a page from its path under docs/, with clean URLs. */
export function pageUrl(origin: string, base: string, relativePath: string): string {
  const path = relativePath.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')
  return `${origin}${base}${path}`
}

export interface SeoSite {
  origin: string
  base: string
  title: string
  description: string
}

export function seoHead(
  page: Pick<PageData, 'relativePath' | 'title' | 'description' | 'frontmatter' | 'isNotFound'>,
  site: SeoSite
): HeadConfig[] {
  // The 404 page has no address of its own.
  if (page.isNotFound || page.relativePath === '404.md') return [['meta', { name: 'robots', content: 'noindex' }]]
  const url = pageUrl(site.origin, site.base, page.relativePath)
  const isHome = page.relativePath === 'index.md'
  const title = isHome || !page.title ? site.title : `${page.title} | ${site.title}`
  const description = page.description || site.description
  return [
    ['link', { rel: 'canonical', href: url }],
    ['meta', { property: 'og:type', content: isHome ? 'website' : 'article' }],
    ['meta', { property: 'og:site_name', content: site.title }],
    ['meta', { property: 'og:locale', content: 'zh_CN' }],
    ['meta', { property: 'og:title', content: title }],
    ['meta', { property: 'og:description', content: description }],
    ['meta', { property: 'og:url', content: url }],
    ['meta', { name: 'twitter:card', content: 'summary' }],
    ['meta', { name: 'twitter:title', content: title }],
    ['meta', { name: 'twitter:description', content: description }]
  ]
}

export function robotsTxt(origin: string, base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin}${base}sitemap.xml\n`
}
