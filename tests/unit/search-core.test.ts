// The search core without a browser: tokenizer, ranking, snippets, escaping and odd input.
import { describe, expect, it } from 'vitest'
import { SearchEngine } from '../../.vitepress/search/engine'
import { normalizeText, normalizeWithOrigin } from '../../.vitepress/search/normalize'
import { parseQuery } from '../../.vitepress/search/query'
import type { SearchRecord } from '../../.vitepress/search/records'
import { cjkBigrams, indexTerms } from '../../.vitepress/search/tokenize'
import { editDistanceAtMost } from '../../.vitepress/search/vocabulary'

const record = (url: string, heading: string, text: string, keywords = ''): SearchRecord => ({
  url,
  heading,
  breadcrumb: ['17. 位置编码'],
  text,
  keywords
})

const RECORDS: SearchRecord[] = [
  record('/a#rope', '10. RoPE 的核心思想是什么？', '旋转位置编码把 q、k 按位置旋转，内积只依赖相对位置。'),
  record('/a#sin', '3. 正弦位置编码有什么性质？', '正弦编码是绝对位置编码，文中顺带提到 RoPE 也能外推。'),
  record('/b#zero', '5. ZeRO-3 切分了什么？', 'ZeRO-3 把参数、梯度和优化器状态都切分到各卡。'),
  record('/b#other', '6. 显存里的 30 GB 是怎么算的？', '激活约 30 GB，梯度 fp16 存储，KV Cache 另算。'),
  record('/c#norm', '2. RMSNorm 和 LayerNorm 有什么区别？', 'RMSNorm 不减均值，只做缩放。'),
  record('/c#topp', '8. top-p 采样怎么做？', '按概率从高到低累加到 p 为止，在这个集合里采样。'),
  record('/d#xss', '9. <img src=x onerror=alert(1)> 会被转义吗？', '标题里的 <script>alert(1)</script> 只是文本。'),
  record('/e#deep', '4. 长文本怎么处理？', '先切块再检索。', 'SolidGoldMagikarp 灾难性遗忘')
]
const engine = new SearchEngine(RECORDS)
const urls = (query: string) => engine.search(query).map((r) => r.url)

describe('normalisation and tokenizing', () => {
  it('folds full-width characters and case, and maps offsets back to the original', () => {
    expect(normalizeText('ＲｏＰＥ　ＫＶ')).toBe('rope kv')
    const { text, origin } = normalizeWithOrigin('Ａ旋ｂ')
    expect(text).toBe('a旋b')
    expect([...origin]).toEqual([0, 1, 2, 3])
  })

  it('indexes Chinese as unigrams and bigrams and queries it with bigrams', () => {
    expect(indexTerms('注意力')).toEqual(expect.arrayContaining(['注', '意', '力', '注意', '意力']))
    expect(cjkBigrams('注意力')).toEqual(['注意', '意力'])
    expect(cjkBigrams('秩')).toEqual(['秩'])
  })

  it('keeps identifiers whole and indexes their parts and glued forms', () => {
    expect(indexTerms('zero-3')).toEqual(expect.arrayContaining(['zero-3', 'zero', '3', 'zero3']))
    expect(indexTerms('top-p fp16 qwen2.5')).toEqual(expect.arrayContaining(['top-p', 'topp', 'fp16', 'fp', 'qwen2.5', 'qwen']))
    expect(indexTerms('kv cache')).toContain('kvcache')
    expect(indexTerms('kv，cache')).not.toContain('kvcache')
    expect(indexTerms('zero-1/2/3')).toEqual(expect.arrayContaining(['zero-1', 'zero-2', 'zero-3', 'zero3']))
    expect(indexTerms('prefill/decode')).toEqual(expect.arrayContaining(['prefill', 'decode']))
  })

  it('allows one edit for short words and two for long ones', () => {
    expect(editDistanceAtMost('lroa', 'lora', 1)).toBe(true)
    expect(editDistanceAtMost('flashatention', 'flashattention', 2)).toBe(true)
    expect(editDistanceAtMost('rope', 'gqa', 1)).toBe(false)
  })
})

describe('ranking', () => {
  it('ranks a heading match above a body match', () => {
    expect(urls('RoPE').slice(0, 2)).toEqual(['/a#rope', '/a#sin'])
  })

  it('ranks records matching every term above partial matches', () => {
    const results = engine.search('正弦 外推')
    expect(results[0].url).toBe('/a#sin')
    expect(results[0].complete).toBe(true)
    expect(results.slice(1).every((r) => !r.complete)).toBe(true)
  })

  it('matches identifiers exactly: ZeRO-3 does not match 30', () => {
    expect(urls('ZeRO-3')).toEqual(['/b#zero'])
    expect(urls('zero3')).toEqual(['/b#zero'])
  })

  it('joins spacing variants and glossary synonyms', () => {
    expect(urls('kvcache')[0]).toBe('/b#other')
    expect(urls('RMS Norm')[0]).toBe('/c#norm')
    expect(urls('层归一化')[0]).toBe('/c#norm')
    expect(urls('旋转位置编码')[0]).toBe('/a#rope')
    expect(urls('核采样')[0]).toBe('/c#topp')
  })

  it('ignores question words, so their bigrams with neighbours do not reward other headings', () => {
    const pages = new SearchEngine([
      record('/p#icl', '28. 上下文学习和微调该怎么选？', '看数据量。'),
      record('/p#mb', '18. 如何选择 micro-batch 大小？', 'micro-batch 的数量影响气泡。')
    ])
    expect(pages.search('micro-batch 数量怎么选')[0].url).toBe('/p#mb')
  })

  it('keeps reference lists below the answers that discuss the same term', () => {
    const pages = new SearchEngine([
      record('/r#refs', '参考文献', 'Shi et al. Detecting Pretraining Data (Min-K% Prob). 2023. arXiv:2310.16789'),
      record('/r#q28', '28. 怎么判断模型是否见过某份数据？', '用 Min-K% Prob 看最低概率 token 的平均对数概率。')
    ])
    expect(pages.search('Min-K%').map((r) => r.url)).toEqual(['/r#q28', '/r#refs'])
  })

  it('searches a query made only of question words as typed, and drops them otherwise', () => {
    expect(urls('什么是').length).toBeGreaterThan(0)
    expect(urls('RMSNorm 原理')[0]).toBe('/c#norm')
  })

  it('completes the word still being typed, but not a finished one', () => {
    expect(urls('rmsno')[0]).toBe('/c#norm')
    expect(urls('rmsno ')).toEqual([])
  })

  it('corrects small typos in Latin words', () => {
    expect(urls('LayreNorm')[0]).toBe('/c#norm')
  })

  it('finds terms beyond the shipped text through the keywords', () => {
    expect(urls('SolidGoldMagikarp')).toEqual(['/e#deep'])
    expect(urls('灾难性遗忘')[0]).toBe('/e#deep')
  })
})

describe('building in slices', () => {
  it('answers exactly like the engine built at once', async () => {
    const sliced = await SearchEngine.build(RECORDS, () => Promise.resolve(), 3)
    for (const query of ['RoPE', '旋转位置编码', 'ZeRO-3', 'kvcache', 'rmsno', '正弦 外推']) {
      expect(sliced.search(query)).toEqual(engine.search(query))
    }
  })
})

describe('snippets and highlighting', () => {
  it('marks the matched terms in the heading and the excerpt', () => {
    const [top] = engine.search('旋转位置编码')
    expect(top.headingParts.filter((p) => p.hit).map((p) => p.text)).toEqual(['RoPE'])
    expect(top.excerptParts.filter((p) => p.hit).map((p) => p.text)).toContain('旋转位置编码')
    expect(top.excerpt).toBe(RECORDS[0].text)
  })

  it('centres the excerpt on the densest cluster of matches', () => {
    const long = record('/f#long', '7. 长段落', `${'无关内容。'.repeat(60)}这里讨论流水线气泡和气泡率。${'其他。'.repeat(40)}`)
    const [top] = new SearchEngine([long]).search('气泡率')
    expect(top.excerpt.startsWith('…')).toBe(true)
    expect(top.excerpt).toContain('流水线气泡和气泡率')
    expect(top.excerpt.length).toBeLessThan(130)
  })

  it('returns markup in headings and queries as plain text parts', () => {
    const [top] = engine.search('<img src=x onerror=alert(1)>')
    expect(top.url).toBe('/d#xss')
    expect(top.headingParts.map((p) => p.text).join('')).toBe(RECORDS[6].heading)
    expect(top.excerpt).toContain('<script>')
  })
})

describe('odd queries', () => {
  const odd: [string, string][] = [
    ['empty', ''],
    ['whitespace only', ' \t\n　 '],
    ['10,000 characters', 'RoPE 旋转'.repeat(1250)],
    ['regex metacharacters', '.*+?^${}()|[]\\ (a+)+$'],
    ['emoji', '🤖🔥 RoPE 😀'],
    ['mixed scripts', 'RoPEの位置 кодирование 위치 旋转'],
    ['lone surrogate', '\ud800RoPE'],
    ['only punctuation', '，。！？、；：'],
    ['HTML', '<script>alert(1)</script>']
  ]
  it.each(odd)('%s returns a list', (_, query) => {
    const results = engine.search(query)
    expect(Array.isArray(results)).toBe(true)
    for (const result of results) expect(typeof result.url).toBe('string')
  })

  it('returns nothing for empty and whitespace-only queries', () => {
    expect(engine.search('')).toEqual([])
    expect(engine.search('   ')).toEqual([])
  })

  it('bounds the work for a huge query', () => {
    const slots = parseQuery('旋转位置编码'.repeat(2000), {
      documentFrequency: () => 1,
      completions: () => [],
      corrections: () => []
    })
    expect(slots.length).toBeLessThanOrEqual(24)
  })
})
