// Inline code is rendered with v-pre: VitePress compiles page markdown as a Vue template,
// and `{{ x }}` inside a code span must show as written, not be interpolated.
import type { MarkdownRenderer } from './types'

export function inlineCodePlugin(md: MarkdownRenderer): void {
  md.renderer.rules.code_inline = (tokens, idx, _options, _env, self) => {
    const token = tokens[idx]
    return `<code${self.renderAttrs(token)} v-pre>${md.utils.escapeHtml(token.content)}</code>`
  }
}
