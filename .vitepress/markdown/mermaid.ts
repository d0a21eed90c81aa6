// ```mermaid fences become <MermaidDiagram>, rendered in the browser. The source is
// URI-encoded so no character of it can be read as HTML or as Vue template syntax.
import type { MarkdownRenderer } from './types'

export const MERMAID_COMPONENT = 'MermaidDiagram'

export function isMermaidFence(info: string): boolean {
  return info.trim().split(/\s+/)[0] === 'mermaid'
}

export function mermaidPlugin(md: MarkdownRenderer): void {
  const fence = md.renderer.rules.fence
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx]
    if (!isMermaidFence(token.info)) return fence ? fence(tokens, idx, options, env, self) : ''
    return `<${MERMAID_COMPONENT} code="${encodeURIComponent(token.content)}" />\n`
  }
}
