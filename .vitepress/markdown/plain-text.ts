// Plain text of markdown-it tokens, shared by the content model and the render-time plugins.
import type { MarkdownToken } from './types'

/** Plain text of an inline token: text and code kept, TeX kept as source, markup dropped. */
export function inlineText(inline: MarkdownToken | undefined): string {
  if (!inline?.children) return inline?.content ?? ''
  return inline.children
    .map((child) => {
      if (child.type === 'text' || child.type === 'code_inline') return child.content
      if (child.type === 'math_inline') return `$${child.content}$`
      if (child.type === 'softbreak' || child.type === 'hardbreak') return ' '
      return ''
    })
    .join('')
    .trim()
}
