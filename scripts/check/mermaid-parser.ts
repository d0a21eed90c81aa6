// mermaid's parser in Node. mermaid needs a DOM even to parse (DOMPurify hooks into
// window), so a jsdom window is provided once, only when a page has a diagram. Parsing
// catches syntax errors with a line number; layout problems still need the browser tests.
import { JSDOM } from 'jsdom'

type Parse = (code: string) => Promise<unknown>
let parser: Promise<Parse> | undefined

export function mermaidParser(): Promise<Parse> {
  parser ??= (async () => {
    const scope = globalThis as Record<string, unknown>
    if (!scope.window) {
      const { window } = new JSDOM('<!doctype html><html><body></body></html>')
      Object.assign(scope, { window, document: window.document })
    }
    const { default: mermaid } = await import('mermaid')
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
    return (code: string) => mermaid.parse(code)
  })()
  return parser
}

export interface DiagramError {
  /** 1-based line inside the diagram source, when mermaid names one. */
  line: number | null
  message: string
}

/** Parses one diagram; null when it is valid. */
export async function diagramError(code: string): Promise<DiagramError | null> {
  const parse = await mermaidParser()
  try {
    await parse(code)
    return null
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error)
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean)
    const line = /(?:Parse|Lexical) error on line (\d+)/.exec(text)
    // mermaid's message is "Parse error on line N:", an excerpt, a caret, then "Expecting ...";
    // the line goes into file:line, so keep only what was expected.
    const message = !line
      ? (lines[0] ?? text)
      : text.startsWith('Lexical')
        ? 'syntax error: unrecognized text'
        : `syntax error: ${lines[lines.length - 1]}`
    // An error at the end of input is reported past the last line (mermaid appends newlines).
    const lastLine = code.replace(/\n+$/, '').split('\n').length
    return { line: line ? Math.min(Number(line[1]), lastLine) : null, message }
  }
}
