// Chapter numbers such as "17" or "13.3": parsing, ordering and labels.
// Ordering is numeric per component, so 2 < 10 < 13 < 13.2 < 13.10.

export type ChapterNumber = readonly number[]

const CHAPTER_PATTERN = /^[1-9]\d*(\.[1-9]\d*)?$/

export function parseChapterNumber(value: string): ChapterNumber | null {
  if (!CHAPTER_PATTERN.test(value)) return null
  return value.split('.').map(Number)
}

export function compareChapterNumbers(a: ChapterNumber, b: ChapterNumber): number {
  const length = Math.max(a.length, b.length)
  for (let i = 0; i < length; i++) {
    // A missing component sorts first: the overview "13" precedes "13.1".
    const x = a[i] ?? -1
    const y = b[i] ?? -1
    if (x !== y) return x - y
  }
  return 0
}

export function formatChapterNumber(number: ChapterNumber): string {
  return number.join('.')
}

/** The heading/sidebar label: "17. 位置编码" for chapters, "13.3 流水线并行" for sub-pages. */
export function chapterLabel(number: ChapterNumber, title: string): string {
  return number.length === 1 ? `${number[0]}. ${title}` : `${formatChapterNumber(number)} ${title}`
}
