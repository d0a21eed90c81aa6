import { describe, expect, it } from 'vitest'
import { chapterCards } from '../../scripts/home'
import { buildSidebar } from '../../scripts/sidebar'
import { chapterPage, loadFixture } from '../helpers/fixture-docs'

type Item = { text?: string; items?: Item[] } & Record<string, unknown>
/** The sidebar without the (empty) progress placeholders, which are tested on their own. */
const plain = (items: Item[]): Item[] =>
  items.map((item) => ({
    ...item,
    ...(item.text !== undefined ? { text: item.text.replace(/<span class="progress-mark"[^>]*><\/span>/, '') } : {}),
    ...(item.items ? { items: plain(item.items) } : {})
  }))

const ch = (chapter: string, title: string, parent?: string) =>
  chapterPage({ chapter, title, parent, questions: chapter.includes('.') ? 8 : 15 })

describe('scripts/sidebar', () => {
  it('orders chapters numerically and groups sub-pages under their overview', async () => {
    const { pages } = await loadFixture({
      'index.md': '# 首页\n',
      '10-hardware/index.md': ch('10', '软硬件配置'),
      '2-advanced/index.md': ch('2', '进阶'),
      '13-distributed-training/index.md': ch('13', '分布式训练'),
      '13-distributed-training/10-summary.md': ch('13.10', '总结', '分布式训练'),
      '13-distributed-training/02-data-parallel.md': ch('13.2', '数据并行', '分布式训练'),
      '17-position-encoding/index.md': ch('17', '位置编码')
    })
    expect(plain(buildSidebar(pages))).toEqual([
      { text: '2. 进阶', link: '/2-advanced/' },
      { text: '10. 软硬件配置', link: '/10-hardware/' },
      {
        text: '13. 分布式训练',
        link: '/13-distributed-training/',
        collapsed: true,
        items: [
          { text: '13.2 数据并行', link: '/13-distributed-training/02-data-parallel' },
          { text: '13.10 总结', link: '/13-distributed-training/10-summary' }
        ]
      },
      { text: '17. 位置编码', link: '/17-position-encoding/' }
    ])
  })

  it('names a group from its sub-pages while the overview page does not exist yet', async () => {
    const { pages } = await loadFixture({
      '13-distributed-training/03-pipeline-parallel.md': ch('13.3', '流水线并行', '分布式训练')
    })
    expect(plain(buildSidebar(pages))).toEqual([
      {
        text: '13. 分布式训练',
        collapsed: true,
        items: [{ text: '13.3 流水线并行', link: '/13-distributed-training/03-pipeline-parallel' }]
      }
    ])
  })

  it('shows a new page with correct frontmatter with no other edit', async () => {
    const before = await loadFixture({ '17-position-encoding/index.md': ch('17', '位置编码') })
    const after = await loadFixture({
      '17-position-encoding/index.md': ch('17', '位置编码'),
      '1-basics/index.md': ch('1', '基础')
    })
    expect(plain(buildSidebar(before.pages)).map((i) => i.text)).toEqual(['17. 位置编码'])
    expect(plain(buildSidebar(after.pages)).map((i) => i.text)).toEqual(['1. 基础', '17. 位置编码'])
  })

  it('puts a progress placeholder naming the pages and their question total after each label', async () => {
    const { pages } = await loadFixture({
      '13-distributed-training/index.md': ch('13', '分布式训练'),
      '13-distributed-training/02-data-parallel.md': ch('13.2', '数据并行', '分布式训练'),
      '17-position-encoding/index.md': ch('17', '位置编码')
    })
    const [group, single] = buildSidebar(pages)
    expect(group.text).toBe(
      '13. 分布式训练<span class="progress-mark" data-routes="/13-distributed-training/ /13-distributed-training/02-data-parallel" data-total="23"></span>'
    )
    expect(group.items?.[0].text).toBe(
      '13.2 数据并行<span class="progress-mark" data-routes="/13-distributed-training/02-data-parallel" data-total="8"></span>'
    )
    expect(single.text).toContain('data-total="15"')
  })

  it('builds home cards with question counts summed over sub-pages', async () => {
    const { pages } = await loadFixture({
      '13-distributed-training/03-pipeline-parallel.md': ch('13.3', '流水线并行', '分布式训练'),
      '13-distributed-training/02-data-parallel.md': ch('13.2', '数据并行', '分布式训练'),
      '17-position-encoding/index.md': ch('17', '位置编码')
    })
    const cards = chapterCards(pages)
    expect(cards.map((c) => [c.number, c.title, c.link, c.questionCount])).toEqual([
      ['13', '分布式训练', '/13-distributed-training/02-data-parallel', 16],
      ['17', '位置编码', '/17-position-encoding/', 15]
    ])
    expect(cards[0].routes).toEqual(['/13-distributed-training/02-data-parallel', '/13-distributed-training/03-pipeline-parallel'])
    expect(cards[0].subPages.map((s) => s.label)).toEqual(['13.2 数据并行', '13.3 流水线并行'])
    expect(cards[1].description).toBe('关于位置编码的测试页面。')
  })
})
