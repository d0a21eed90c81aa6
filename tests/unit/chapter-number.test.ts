import { describe, expect, it } from 'vitest'
import {
  chapterLabel,
  compareChapterNumbers,
  parseChapterNumber
} from '../../scripts/chapter-number'

describe('scripts/chapter-number', () => {
  it('parses chapters and sub-pages and rejects anything else', () => {
    expect(parseChapterNumber('17')).toEqual([17])
    expect(parseChapterNumber('13.10')).toEqual([13, 10])
    for (const bad of ['', '0', '01', '13.', '13.0', '1.2.3', 'a', ' 17', '17 ']) {
      expect(parseChapterNumber(bad)).toBeNull()
    }
  })

  it('orders numerically per component: 2 < 10 < 13 < 13.2 < 13.10 < 14', () => {
    const input = ['13.10', '14', '2', '13.2', '10', '13', '1', '13.1']
    const sorted = input
      .map((s) => parseChapterNumber(s)!)
      .sort(compareChapterNumbers)
      .map((n) => n.join('.'))
    expect(sorted).toEqual(['1', '2', '10', '13', '13.1', '13.2', '13.10', '14'])
  })

  it('labels chapters "17. 标题" and sub-pages "13.3 标题"', () => {
    expect(chapterLabel([17], '位置编码')).toBe('17. 位置编码')
    expect(chapterLabel([13, 3], '流水线并行')).toBe('13.3 流水线并行')
  })
})
