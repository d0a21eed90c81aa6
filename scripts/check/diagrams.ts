// Every mermaid diagram parses, with the error reported at its line in the page.
import { isMermaidFence } from '../../.vitepress/markdown/mermaid'
import { sourceLine, type Page } from '../content'
import { diagramError } from './mermaid-parser'
import type { Problem } from './problem'

export async function checkDiagrams(page: Page): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const token of page.tokens) {
    if (token.type !== 'fence' || !isMermaidFence(token.info)) continue
    const fenceLine = sourceLine(token, page.lineOffset)
    if (token.content.trim() === '') {
      problems.push({ file: page.relativePath, line: fenceLine, message: 'empty mermaid diagram' })
      continue
    }
    const error = await diagramError(token.content)
    if (error) {
      // Diagram line N sits N lines below the opening fence.
      const line = fenceLine + (error.line ?? 1)
      problems.push({ file: page.relativePath, line, message: `mermaid: ${error.message}` })
    }
  }
  return problems
}
