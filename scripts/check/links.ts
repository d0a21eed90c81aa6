// Internal links resolve to an existing page (and heading, when they carry #anchor);
// images exist in the repository. External images are refused: nothing at runtime may
// leave the site's origin.
import { existsSync } from 'node:fs'
import { join, posix } from 'node:path'
import type { Page } from '../content'
import type { Problem } from './problem'
import { locatedTokens } from './tokens'

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i

export interface LinkContext {
  pages: Page[]
  /** docs/public: files served at the site root. */
  publicDir: string
}

export function checkLinks(page: Page, context: LinkContext): Problem[] {
  const problems: Problem[] = []
  const byDocPath = new Map(context.pages.map((p) => [p.docPath, p]))
  for (const { token, line } of locatedTokens(page)) {
    const report = (message: string) => problems.push({ file: page.relativePath, line, message })
    if (token.type === 'link_open') {
      const href = token.attrGet('href') ?? ''
      if (href === '' || EXTERNAL.test(href) || href.startsWith('//')) continue
      const problem = resolveLink(page, readable(href), byDocPath, context.publicDir)
      if (problem) report(problem)
    } else if (token.type === 'image') {
      const src = token.attrGet('src') ?? ''
      if (EXTERNAL.test(src) || src.startsWith('//')) {
        report(`image "${src}" is external: store it under docs/ so the site works offline`)
      } else if (!existsSync(assetPath(page, src, context.publicDir))) {
        report(`image "${src}" does not exist`)
      }
    }
  }
  return problems
}

/** Returns a message when the link is broken, otherwise null. */
function resolveLink(page: Page, href: string, byDocPath: Map<string, Page>, publicDir: string): string | null {
  const [rawPath, rawFragment] = splitHref(href)
  let target: Page | undefined = page
  if (rawPath !== '') {
    const docPath = resolveDocPath(page, rawPath)
    target = candidateDocPaths(docPath).map((c) => byDocPath.get(c)).find(Boolean)
    if (!target) {
      if (existsSync(join(publicDir, docPath))) return null
      return `link "${href}" points to a page that does not exist`
    }
  }
  if (rawFragment === undefined || rawFragment === '') return null
  let fragment: string
  try {
    fragment = decodeURIComponent(rawFragment)
  } catch {
    return `link "${href}" has a malformed #anchor`
  }
  if (!target.headings.some((h) => h.anchor === fragment)) {
    return `link "${href}": ${target.relativePath} has no heading with anchor #${fragment}`
  }
  return null
}

/** markdown-it percent-encodes hrefs; messages show them as the author wrote them. */
function readable(href: string): string {
  try {
    return decodeURI(href)
  } catch {
    return href
  }
}

function splitHref(href: string): [string, string | undefined] {
  const hash = href.indexOf('#')
  const withoutHash = hash >= 0 ? href.slice(0, hash) : href
  const path = withoutHash.split('?')[0]
  return [path, hash >= 0 ? href.slice(hash + 1) : undefined]
}

/** A link path resolved against the page, relative to docs/ (no leading slash). */
function resolveDocPath(page: Page, path: string): string {
  const resolved = path.startsWith('/')
    ? posix.normalize(path)
    : posix.join('/', posix.dirname(page.docPath), path)
  const keepSlash = path.endsWith('/') && !resolved.endsWith('/')
  return (keepSlash ? `${resolved}/` : resolved).replace(/^\/+/, '')
}

function candidateDocPaths(docPath: string): string[] {
  if (docPath === '' || docPath.endsWith('/')) return [`${docPath}index.md`]
  if (docPath.endsWith('.md')) return [docPath]
  if (docPath.endsWith('.html')) return [docPath.replace(/\.html$/, '.md')]
  return [`${docPath}.md`, `${docPath}/index.md`]
}

function assetPath(page: Page, src: string, publicDir: string): string {
  const path = decodeURI(src.split(/[?#]/)[0])
  if (path.startsWith('/')) return join(publicDir, path)
  return join(page.file, '..', path)
}
