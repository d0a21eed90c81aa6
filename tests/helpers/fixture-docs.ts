// Builds throwaway docs trees for tests: valid pages generated from a few parameters, so
// each test can break exactly one thing and assert exactly one message.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { loadPages, type Page } from '../../scripts/content'

export interface ChapterPageSpec {
  chapter: string
  title: string
  parent?: string
  questions: number
  /** Extra markdown appended to the first answer. */
  firstAnswerExtra?: string
}

export function chapterPage(spec: ChapterPageSpec): string {
  const isSub = spec.chapter.includes('.')
  const label = isSub ? `${spec.chapter} ${spec.title}` : `${spec.chapter}. ${spec.title}`
  const lines = [
    '---',
    `title: ${spec.title}`,
    `description: 关于${spec.title}的测试页面。`,
    `chapter: "${spec.chapter}"`,
    ...(spec.parent ? [`parent: ${spec.parent}`] : []),
    '---',
    '',
    `# ${label}`,
    ''
  ]
  for (let n = 1; n <= spec.questions; n++) {
    lines.push(`## ${n}. 第 ${n} 个问题是什么？`, '', `**答：** 这是第 ${n} 个问题的直接回答，足够长。`, '')
    if (n === 1 && spec.firstAnswerExtra) lines.push(spec.firstAnswerExtra, '')
  }
  lines.push('## 参考文献', '', '- Attention Is All You Need (2017), arXiv:1706.03762', '')
  return lines.join('\n')
}

export async function writeDocs(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'llm-docs-'))
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), content)
  }
  return dir
}

/** Loads a fixture tree; relativePath in messages is then "docs/<path>". */
export async function loadFixture(files: Record<string, string>): Promise<{ pages: Page[]; docsDir: string }> {
  const docsDir = await writeDocs(files)
  const pages = await loadPages({ docsDir, rootDir: dirname(docsDir) })
  const prefix = `${docsDir.split('/').pop()}/`
  for (const page of pages) page.relativePath = `docs/${page.relativePath.slice(prefix.length)}`
  return { pages, docsDir }
}
