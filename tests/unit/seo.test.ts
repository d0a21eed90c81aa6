import { describe, expect, it } from 'vitest'
import { pageUrl, robotsTxt, seoHead, siteOrigin } from '../../.vitepress/seo'

describe('seo', () => {
  it('takes the public origin from SITE_HOSTNAME, else the GitHub owner, and rejects a bad value', () => {
    expect(siteOrigin({ SITE_HOSTNAME: 'https://book.example.org/ignored/path' })).toBe('https://book.example.org')
    expect(siteOrigin({ GITHUB_REPOSITORY: 'SomeOwner/llm-interview' })).toBe('https://someowner.github.io')
    expect(() => siteOrigin({ SITE_HOSTNAME: 'book.example.org' })).toThrow(/absolute URL/)
    expect(() => siteOrigin({ SITE_HOSTNAME: 'ftp://example.org' })).toThrow(/http\(s\)/)
  })

  it('builds clean canonical URLs under the base', () => {
    expect(pageUrl('https://x.io', '/llm-interview/', 'index.md')).toBe('https://x.io/llm-interview/')
    expect(pageUrl('https://x.io', '/', '17-position-encoding/index.md')).toBe('https://x.io/17-position-encoding/')
    expect(pageUrl('https://x.io', '/b/', '13-distributed-training/03-pipeline-parallel.md')).toBe(
      'https://x.io/b/13-distributed-training/03-pipeline-parallel'
    )
  })

  it('gives each page canonical, Open Graph and Twitter tags from its frontmatter', () => {
    const site = { origin: 'https://x.io', base: '/', title: '站点', description: '站点描述' }
    const head = seoHead({ relativePath: '17-a/index.md', title: '位置编码', description: '讲位置编码。', frontmatter: {}, isNotFound: false }, site)
    const find = (key: string) => head.find(([, attrs]) => attrs.property === key || attrs.name === key || attrs.rel === key)?.[1]
    expect(find('canonical')?.href).toBe('https://x.io/17-a/')
    expect(find('og:title')?.content).toBe('位置编码 | 站点')
    expect(find('og:description')?.content).toBe('讲位置编码。')
    expect(find('og:type')?.content).toBe('article')
    expect(find('twitter:card')?.content).toBe('summary')
    const notFound = seoHead({ relativePath: '404.md', title: '', description: '', frontmatter: {}, isNotFound: true }, site)
    expect(notFound).toEqual([['meta', { name: 'robots', content: 'noindex' }]])
  })

  it('points robots.txt at the sitemap', () => {
    expect(robotsTxt('https://x.io', '/b/')).toContain('Sitemap: https://x.io/b/sitemap.xml')
  })
})
