import { describe, expect, it } from 'vitest'
import { checkPages, formatProblem } from '../../scripts/check/index'
import { chapterPage, loadFixture } from '../helpers/fixture-docs'

const VALID = chapterPage({ chapter: '17', title: '位置编码', questions: 15 })
const FILE = '17-position-encoding/index.md'

/** Runs the check on a docs tree and returns the formatted messages. */
async function check(files: Record<string, string>): Promise<string[]> {
  const { pages, docsDir } = await loadFixture(files)
  return (await checkPages(pages, docsDir)).map(formatProblem)
}

/** The valid chapter page with one line replaced (1-based line number). */
function withLine(line: number, replacement: string, source = VALID): string {
  const lines = source.split('\n')
  lines[line - 1] = replacement
  return lines.join('\n')
}

function lineOf(text: string, source = VALID): number {
  return source.split('\n').findIndex((l) => l === text) + 1
}

describe('scripts/check', () => {
  it('accepts a valid chapter page and the home page', async () => {
    expect(await check({ 'index.md': '---\nlayout: home\n---\n', [FILE]: VALID })).toEqual([])
  })

  it('reports frontmatter that is missing, mistyped or disagrees with the file place', async () => {
    const broken = VALID.replace('description: 关于位置编码的测试页面。\n', '').replace('chapter: "17"', 'chapter: "18"')
    expect(await check({ [FILE]: broken })).toEqual([
      `docs/${FILE}:1: frontmatter is missing "description"`,
      `docs/${FILE}:3: frontmatter chapter is "18" but the file's place makes it "17"`
    ])
    const unquoted = VALID.replace('chapter: "17"', 'chapter: 17')
    expect(await check({ [FILE]: unquoted })).toContain(
      `docs/${FILE}:4: frontmatter "chapter" must be a non-empty string (quote numbers: chapter: "17")`
    )
  })

  it('reports invalid YAML with its line', async () => {
    const broken = VALID.replace('title: 位置编码', 'title: [位置编码')
    const messages = await check({ [FILE]: broken })
    expect(messages[0]).toMatch(new RegExp(`^docs/${FILE}:\\d+: invalid frontmatter YAML: `))
  })

  it('reports pages outside the chapter layout', async () => {
    const [message] = await check({ 'notes/extra.md': '# 笔记\n' })
    expect(message).toMatch(/^docs\/notes\/extra\.md:1: page is outside the chapter layout: chapter pages live at docs\/NN-ascii-name\/index\.md/)
  })

  it('rejects a description that would break the meta tag', async () => {
    const broken = VALID.replace(/^description: (.*)$/m, 'description: 讲"位置编码"。')
    const [message] = await check({ [FILE]: broken })
    expect(message).toMatch(new RegExp(`^docs/${FILE}:3: frontmatter "description" must not contain`))
  })

  it('accepts a site page at the top of docs/ with a title and description, and nothing less', async () => {
    const site = '---\ntitle: 学习进度\ndescription: 查看进度。\n---\n\n# 学习进度\n'
    expect(await check({ 'progress.md': site })).toEqual([])
    expect(await check({ 'notes.md': '# 笔记\n' })).toEqual([
      'docs/notes.md:1: site page needs a non-empty "description"',
      'docs/notes.md:1: site page needs a non-empty "title"'
    ])
    const numbered = site.replace('description: 查看进度。', 'description: 查看进度。\nchapter: "3"')
    const [message] = await check({ 'progress.md': numbered })
    expect(message).toMatch(/^docs\/progress\.md:4: site pages have no chapter number/)
  })

  it('requires exactly one H1 matching the frontmatter', async () => {
    const h1 = lineOf('# 17. 位置编码')
    expect(await check({ [FILE]: withLine(h1, '# 17 位置编码') })).toEqual([
      `docs/${FILE}:${h1}: H1 is "17 位置编码" but frontmatter makes it "17. 位置编码"`
    ])
    const second = lineOf('## 3. 第 3 个问题是什么？')
    const twoH1 = withLine(second - 1, '# 另一个标题\n')
    expect(await check({ [FILE]: twoH1 })).toEqual([`docs/${FILE}:${second - 1}: page has more than one H1`])
  })

  it('reports skipped heading levels', async () => {
    const q = lineOf('## 2. 第 2 个问题是什么？')
    const page = withLine(q + 3, '#### 细节\n\n补充说明。\n')
    expect(await check({ [FILE]: page })).toEqual([
      `docs/${FILE}:${q + 3}: heading level skipped: H2 is followed by H4`
    ])
  })

  it('reports duplicate anchors', async () => {
    const q1 = lineOf('## 1. 第 1 个问题是什么？')
    const q2 = lineOf('## 2. 第 2 个问题是什么？')
    const page = withLine(q2 - 1, '### 重复的小节\n\n说明文字。\n\n### 重复的小节\n\n说明文字。\n')
    const messages = await check({ [FILE]: page })
    expect(messages).toEqual([`docs/${FILE}:${q1 + 7}: duplicate anchor "#重复的小节" (same heading as line ${q1 + 3})`])
  })

  it('reports questions out of sequence and counts outside the range', async () => {
    const q = lineOf('## 4. 第 4 个问题是什么？')
    expect(await check({ [FILE]: withLine(q, '## 5. 第 4 个问题是什么？') })).toEqual([
      `docs/${FILE}:${q}: question numbered 5 but it is question 4 of the page`
    ])
    const short = chapterPage({ chapter: '17', title: '位置编码', questions: 3 })
    expect(await check({ [FILE]: short })).toEqual([`docs/${FILE}:7: page has 3 questions; 15–35 expected`])
  })

  it('requires the page to end with a references section', async () => {
    const noRefs = VALID.replace('## 参考文献', '## 延伸阅读')
    expect(await check({ [FILE]: noRefs })).toEqual([
      `docs/${FILE}:${lineOf('## 参考文献')}: the last H2 must be "## 参考文献" listing the sources`
    ])
  })

  it('reports questions without a real answer', async () => {
    const q2 = lineOf('## 2. 第 2 个问题是什么？')
    const q3 = lineOf('## 3. 第 3 个问题是什么？')
    const q4 = lineOf('## 4. 第 4 个问题是什么？')
    let page = withLine(q2 + 2, '')
    page = withLine(q3 + 2, '**答：** 见下。', page)
    page = withLine(q4 + 2, '**答：** 这里还没有写完，TODO 补上推导。', page)
    expect(await check({ [FILE]: page })).toEqual([
      `docs/${FILE}:${q2}: question 2 has no answer: its first paragraph must start with **答：**`,
      `docs/${FILE}:${q3}: question 3: the direct answer after **答：** is too short to be an answer`,
      `docs/${FILE}:${q4}: question 4: answer contains placeholder text "TODO"`
    ])
  })

  it('reports broken links, anchors and images', async () => {
    const links = [
      '[好的链接](../13-distributed-training/03-pipeline-parallel.md#_1-第-1-个问题是什么)',
      '[绝对路径](/13-distributed-training/03-pipeline-parallel#_2-第-2-个问题是什么)',
      '[本页锚点](#_3-第-3-个问题是什么)',
      '[缺页](../18-layer-normalization/)',
      '[坏锚点](#不存在的标题)',
      '![缺图](./missing.png)',
      '![外链图](https://example.com/a.png)'
    ].join('\n')
    const page = chapterPage({ chapter: '17', title: '位置编码', questions: 15, firstAnswerExtra: links })
    const sub = chapterPage({ chapter: '13.3', title: '流水线并行', parent: '分布式训练', questions: 8 })
    const first = lineOf('[缺页](../18-layer-normalization/)', page)
    expect(await check({ [FILE]: page, '13-distributed-training/03-pipeline-parallel.md': sub })).toEqual([
      `docs/${FILE}:${first}: link "../18-layer-normalization/" points to a page that does not exist`,
      `docs/${FILE}:${first + 1}: link "#不存在的标题": docs/${FILE} has no heading with anchor #不存在的标题`,
      `docs/${FILE}:${first + 2}: image "./missing.png" does not exist`,
      `docs/${FILE}:${first + 3}: image "https://example.com/a.png" is external: store it under docs/ so the site works offline`
    ])
  })

  it('reports TeX that KaTeX cannot compile, with the line of the formula', async () => {
    const extra = '先有一行。\n然后 $\\frac{a}{b$ 出错，\n\n$$\n\\begin{matrix} a \\end{matrx}\n$$'
    const page = chapterPage({ chapter: '17', title: '位置编码', questions: 15, firstAnswerExtra: extra })
    const line = lineOf('然后 $\\frac{a}{b$ 出错，', page)
    const messages = await check({ [FILE]: page })
    expect(messages).toHaveLength(2)
    expect(messages[0]).toMatch(new RegExp(`^docs/${FILE}:${line}: TeX error: .*expected '}'.*\\$\\\\frac\\{a\\}\\{b\\$$`))
    expect(messages[1]).toMatch(new RegExp(`^docs/${FILE}:${line + 2}: TeX error: .*matrx.* in \\$\\\\begin\\{matrix\\} a \\\\end\\{matrx\\}\\$$`))
  })

  it('reports stray "$$" and "{{" in text', async () => {
    const extra = '公式 $$x 没有闭合，\n模板 {{ x }} 也在正文里。'
    const page = chapterPage({ chapter: '17', title: '位置编码', questions: 15, firstAnswerExtra: extra })
    const line = lineOf('公式 $$x 没有闭合，', page)
    expect(await check({ [FILE]: page })).toEqual([
      `docs/${FILE}:${line}: unmatched "$$": display math must open and close with $$ on lines of their own`,
      `docs/${FILE}:${line + 1}: "{{" in text is Vue interpolation in VitePress: put it in \`code\` or in math`
    ])
  })

  it('reports mermaid syntax errors at their line in the page', async () => {
    const extra = [
      '```mermaid',
      'flowchart LR',
      '  A["输入"] --> B["输出"]',
      '  B --> ',
      '```',
      '',
      '```mermaid',
      'this is not a diagram',
      '```',
      '',
      '```mermaid',
      'sequenceDiagram',
      '  A->>B: 正常的图',
      '```'
    ].join('\n')
    const page = chapterPage({ chapter: '17', title: '位置编码', questions: 15, firstAnswerExtra: extra })
    const fence = lineOf('```mermaid', page)
    const messages = await check({ [FILE]: page })
    expect(messages).toHaveLength(2)
    expect(messages[0]).toMatch(new RegExp(`^docs/${FILE}:${fence + 3}: mermaid: syntax error: Expecting .*got 'EOF'$`))
    expect(messages[1]).toBe(`docs/${FILE}:${fence + 7}: mermaid: No diagram type detected matching given configuration for text: this is not a diagram`)
  })

  it('checks that sub-pages name their chapter consistently', async () => {
    const sub = (parent?: string) => chapterPage({ chapter: '13.3', title: '流水线并行', parent, questions: 8 })
    const path = '13-distributed-training/03-pipeline-parallel.md'
    expect(await check({ [path]: sub() })).toEqual([
      `docs/${path}:1: sub-page frontmatter needs "parent": the title of its chapter`
    ])
    const overview = chapterPage({ chapter: '13', title: '分布式训练', questions: 2 })
    expect(await check({ [path]: sub('分布式'), '13-distributed-training/index.md': overview })).toEqual([
      `docs/${path}:5: parent is "分布式" but chapter 13 is titled "分布式训练"`
    ])
  })

  it('lists every problem of every page, not only the first', async () => {
    const a = VALID.replace('# 17. 位置编码', '# 17. 位置')
    const b = chapterPage({ chapter: '18', title: '层归一化', questions: 2 })
    const messages = await check({ [FILE]: a, '18-layer-normalization/index.md': b })
    expect(messages).toHaveLength(2)
    expect(messages[0]).toContain(`docs/${FILE}:`)
    expect(messages[1]).toContain('docs/18-layer-normalization/index.md:')
  })
})
