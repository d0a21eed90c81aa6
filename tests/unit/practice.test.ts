import { describe, expect, it } from 'vitest'
import { questionRanges, questionNumberOf } from '../../.vitepress/markdown/question'
import { inlineText } from '../../.vitepress/markdown/plain-text'
import { countWords, readingStats } from '../../.vitepress/markdown/reading-stats'
import { drawQuestion, drawWeight } from '../../.vitepress/theme/practice/draw'
import {
  checkGrades,
  countProgress,
  parseProgressFile,
  toProgressFile,
  type Grades
} from '../../.vitepress/theme/practice/progress-file'
import { answerParts, practiceManifest } from '../../scripts/practice/data'
import { loadPages } from '../../scripts/content'
import { chapterPage, loadFixture } from '../helpers/fixture-docs'

const grades: Grades = {
  '/17-position-encoding/#_1-a': { grade: 'unknown', at: 1 },
  '/17-position-encoding/#_2-b': { grade: 'known', at: 2 },
  '/13-distributed-training/02-data-parallel#_1-c': { grade: 'fuzzy', at: 3 }
}

describe('progress file', () => {
  it('round-trips an export', () => {
    const file = toProgressFile(grades, new Date('2026-11-29T00:00:00Z'))
    expect(parseProgressFile(JSON.stringify(file))).toEqual({ ok: true, grades })
  })

  it('rejects malformed, foreign and damaged files with a message', () => {
    const file = toProgressFile(grades)
    const cases: [string, RegExp][] = [
      ['not json', /不是有效的 JSON/],
      ['[1, 2]', /不是本站导出/],
      ['{"grades": {}}', /不是本站导出/],
      [JSON.stringify({ ...file, version: 9 }), /不支持的进度文件版本：9/],
      [JSON.stringify({ ...file, grades: [] }), /缺少 grades/],
      [JSON.stringify({ ...file, grades: { 'no-route': { grade: 'known', at: 1 } } }), /无法识别的题目编号：no-route/],
      [JSON.stringify({ ...file, grades: { '/a/#b': { grade: 'great', at: 1 } } }), /格式不对/],
      [JSON.stringify({ ...file, grades: { '/a/#b': { grade: 'known', at: 'x' } } }), /格式不对/],
      [JSON.stringify({ ...file, grades: { '/a/#<img src=x>': { grade: 'known', at: 1 } } }), /无法识别/]
    ]
    for (const [text, message] of cases) {
      const result = parseProgressFile(text)
      expect(result.ok, text).toBe(false)
      if (!result.ok) expect(result.error).toMatch(message)
    }
  })

  it('drops unknown fields of an entry', () => {
    expect(checkGrades({ '/a/#b': { grade: 'known', at: 5, extra: '<script>' } })).toEqual({ '/a/#b': { grade: 'known', at: 5 } })
  })

  it('counts progress by page route, capped at the total', () => {
    expect(countProgress(grades, ['/17-position-encoding/'], 29)).toEqual({ total: 29, graded: 2, known: 1, fuzzy: 0, unknown: 1 })
    expect(countProgress(grades, ['/17-position-encoding/', '/13-distributed-training/02-data-parallel'], 1).graded).toBe(1)
    // A route that is a prefix of another page's route does not steal its grades.
    expect(countProgress(grades, ['/13-distributed-training/'], 10).graded).toBe(0)
  })
})

describe('drill draws', () => {
  const pool = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
  it('weights 不会 above ungraded above 模糊 above 掌握', () => {
    const g: Grades = { '/x/#a': { grade: 'unknown', at: 1 }, '/x/#b': { grade: 'fuzzy', at: 1 }, '/x/#c': { grade: 'known', at: 1 } }
    expect(drawWeight('/x/#a', g)).toBeGreaterThan(drawWeight('/x/#new', g))
    expect(drawWeight('/x/#new', g)).toBeGreaterThan(drawWeight('/x/#b', g))
    expect(drawWeight('/x/#b', g)).toBeGreaterThan(drawWeight('/x/#c', g))
  })

  it('follows the weights and never repeats the previous question', () => {
    const g: Grades = { a: { grade: 'unknown', at: 1 }, c: { grade: 'known', at: 1 } }
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 }
    let seed = 1
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let i = 0; i < 8000; i++) counts[drawQuestion(pool, g, null, random)!.id]++
    // Expected shares 4/8, 3/8, 1/8.
    expect(counts.a / 8000).toBeCloseTo(0.5, 1)
    expect(counts.b / 8000).toBeCloseTo(0.375, 1)
    expect(counts.c / 8000).toBeCloseTo(0.125, 1)
    for (let i = 0; i < 50; i++) expect(drawQuestion(pool, g, 'a', random)!.id).not.toBe('a')
    expect(drawQuestion([{ id: 'a' }], g, 'a', random)!.id).toBe('a')
    expect(drawQuestion([], g, null, random)).toBeNull()
  })
})

describe('reading stats', () => {
  it('counts Chinese by character and other scripts by word', () => {
    expect(countWords('注意力机制 uses Q, K and V 三个矩阵')).toBe(5 + 5 + 4)
    expect(countWords('LLaMA-2 的 top-p 采样')).toBe(1 + 1 + 1 + 2)
  })

  it('adds time for formulas and code', async () => {
    const { pages } = await loadFixture({ '17-position-encoding/index.md': chapterPage({ chapter: '17', title: '位置编码', questions: 15 }) })
    const stats = readingStats(pages[0].tokens)
    expect(stats.words).toBeGreaterThan(100)
    expect(stats.minutes).toBeGreaterThanOrEqual(1)
  })
})

describe('questions and practice data', () => {
  it('numbers only level-2/3 headings that start with "N. "', () => {
    expect(questionNumberOf(3, '12. 为什么？')).toBe(12)
    expect(questionNumberOf(4, '12. 为什么？')).toBeNull()
    expect(questionNumberOf(2, '参考文献')).toBeNull()
  })

  it('ends an answer at the next heading of the same or higher level', async () => {
    const source = [
      '---\ntitle: 测试\ndescription: 测试。\nchapter: "17"\n---\n',
      '# 17. 测试\n',
      '## 第一组\n',
      '### 1. 第一题？\n\n**答：** 一。\n\n#### 细节\n\n更多。\n',
      '### 2. 第二题？\n\n**答：** 二。\n',
      '## 参考文献\n\n- 某论文。\n'
    ].join('\n')
    const { pages } = await loadFixture({ '17-position-encoding/index.md': source })
    const tokens = pages[0].tokens
    const ranges = questionRanges(tokens, inlineText)
    expect(ranges.map((r) => r.number)).toEqual([1, 2])
    const text = (r: (typeof ranges)[number]) =>
      tokens.slice(r.start, r.end).filter((t) => t.type === 'inline').map((t) => t.content)
    expect(text(ranges[0])).toEqual(['**答：** 一。', '细节', '更多。'])
    expect(text(ranges[1])).toEqual(['**答：** 二。'])
  })

  it('splits answers at diagrams', () => {
    const fence = { type: 'fence', info: 'mermaid', level: 0, content: 'flowchart LR\nA-->B\n' }
    const para = { type: 'paragraph_open', level: 0 }
    const parts = answerParts([para, fence, para] as never, (tokens) => `<${tokens.length}>`)
    expect(parts).toEqual([{ html: '<1>' }, { mermaid: 'flowchart LR\nA-->B\n' }, { html: '<1>' }])
  })

  it('lists every question of the real docs exactly once, with unique ids', async () => {
    const pages = await loadPages()
    const manifest = practiceManifest(pages)
    const ids = manifest.pages.flatMap((p) => p.questions.map((q) => q.id))
    expect(ids.length).toBe(pages.reduce((sum, p) => sum + (p.chapter ? p.questionCount : 0), 0))
    expect(new Set(ids).size).toBe(ids.length)
    expect(manifest.chapters.length).toBe(new Set(manifest.pages.map((p) => p.chapter)).size)
  })
})
