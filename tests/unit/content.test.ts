import { describe, expect, it } from 'vitest'
import { chapterNumberFromPlace, routeOf } from '../../scripts/content'
import { loadFixture } from '../helpers/fixture-docs'

const PAGE = `---
title: 位置编码
description: 测试页。
chapter: "17"
---

# 17. 位置编码

## 基础

### 1. 为什么需要 LayerNorm（层归一化）？

**答：** 公式 $x^2$ 与代码 \`rope()\`。

### 2. \`RoPE\` 的 $O(n^2)$ 复杂度？

**答：** 行内与块公式：

$$
a+b
$$

\`\`\`mermaid
flowchart LR
  A --> B
\`\`\`

## 参考文献
`

describe('scripts/content', () => {
  it('loads headings with source lines, renderer anchors and question numbers', async () => {
    const { pages } = await loadFixture({ '17-position-encoding/index.md': PAGE })
    const [page] = pages
    expect(page.route).toBe('/17-position-encoding/')
    expect(page.lineOffset).toBe(5)
    expect(page.headings.map((h) => [h.level, h.line, h.anchor, h.questionNumber])).toEqual([
      [1, 7, '_17-位置编码', null],
      [2, 9, '基础', null],
      [3, 11, '_1-为什么需要-layernorm-层归一化', 1],
      [3, 15, '_2-rope-的-复杂度', 2],
      [2, 28, '参考文献', null]
    ])
    // Heading text keeps code and TeX as written, without markup.
    expect(page.headings[3].text).toBe('2. RoPE 的 $O(n^2)$ 复杂度？')
    expect(page.questionCount).toBe(2)
    expect(page.mathCount).toBe(3)
    expect(page.diagramCount).toBe(1)
    expect(page.chapter).toMatchObject({ id: '17', title: '位置编码', label: '17. 位置编码' })
  })

  it('derives chapter numbers from the file place and routes from the path', () => {
    expect(chapterNumberFromPlace('17-position-encoding/index.md')).toEqual([17])
    expect(chapterNumberFromPlace('13-distributed-training/03-pipeline-parallel.md')).toEqual([13, 3])
    expect(chapterNumberFromPlace('index.md')).toBeNull()
    expect(chapterNumberFromPlace('notes/index.md')).toBeNull()
    expect(chapterNumberFromPlace('17-Position/index.md')).toBeNull()
    expect(chapterNumberFromPlace('13-a/b/c.md')).toBeNull()
    expect(routeOf('index.md')).toBe('/')
    expect(routeOf('17-position-encoding/index.md')).toBe('/17-position-encoding/')
    expect(routeOf('13-distributed-training/03-pipeline-parallel.md')).toBe('/13-distributed-training/03-pipeline-parallel')
  })
})
