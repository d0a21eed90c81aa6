import { describe, expect, it } from 'vitest'
import { editLinkPattern, repositoryUrl, resolveBase } from '../../.vitepress/site'

describe('.vitepress/site', () => {
  it('normalises the base path from SITE_BASE', () => {
    expect(resolveBase(undefined)).toBe('/')
    expect(resolveBase('')).toBe('/')
    expect(resolveBase('/')).toBe('/')
    expect(resolveBase('llm-interview')).toBe('/llm-interview/')
    expect(resolveBase('/llm-interview')).toBe('/llm-interview/')
    expect(resolveBase('/a/b/')).toBe('/a/b/')
  })

  it('rejects a base that is not a URL path', () => {
    expect(() => resolveBase('https://example.com/x')).toThrow(/SITE_BASE must be a URL path/)
    expect(() => resolveBase('/a b/')).toThrow(/SITE_BASE/)
  })

  it('derives repository and edit links from GITHUB_REPOSITORY in one place', () => {
    const env = { GITHUB_REPOSITORY: 'someone/llm-book' }
    expect(repositoryUrl(env)).toBe('https://github.com/someone/llm-book')
    expect(editLinkPattern(env)).toBe('https://github.com/someone/llm-book/edit/main/docs/:path')
  })
})
