// The saved practice progress: self-grades keyed by question id. One format for
// localStorage and for the export file, validated strictly on import so a malformed or
// foreign file changes nothing.

export const GRADES = ['known', 'fuzzy', 'unknown'] as const
export type Grade = (typeof GRADES)[number]

export const GRADE_LABELS: Record<Grade, string> = {
  known: '掌握',
  fuzzy: '模糊',
  unknown: '不会'
}

export interface GradeEntry {
  grade: Grade
  /** When the grade was given, ms since the epoch. */
  at: number
}

export type Grades = Record<string, GradeEntry>

export const PROGRESS_FORMAT = 'llm-interview-progress'
export const PROGRESS_VERSION = 1

export interface ProgressFile {
  format: typeof PROGRESS_FORMAT
  version: typeof PROGRESS_VERSION
  exportedAt: string
  grades: Grades
}

// A question id is a site route plus a heading anchor: "/17-position-encoding/#_10-...".
const QUESTION_ID = /^\/[^#\s]*#[^\s]+$/
const MAX_ID_LENGTH = 300
const MAX_ENTRIES = 20000

export function isGrade(value: unknown): value is Grade {
  return typeof value === 'string' && (GRADES as readonly string[]).includes(value)
}

export function toProgressFile(grades: Grades, now = new Date()): ProgressFile {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), grades }
}

export type ParseResult = { ok: true; grades: Grades } | { ok: false; error: string }

/** Reads an export file; any problem yields a message in Chinese and no grades. */
export function parseProgressFile(text: string): ParseResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, error: '文件不是有效的 JSON。' }
  }
  if (!isRecord(data) || data.format !== PROGRESS_FORMAT) {
    return { ok: false, error: '这不是本站导出的学习进度文件。' }
  }
  if (data.version !== PROGRESS_VERSION) {
    return { ok: false, error: `不支持的进度文件版本：${String(data.version)}。` }
  }
  const checked = checkGrades(data.grades)
  return typeof checked === 'string' ? { ok: false, error: checked } : { ok: true, grades: checked }
}

/** Validates a grades object; returns it or a message naming the first bad entry. */
export function checkGrades(value: unknown): Grades | string {
  if (!isRecord(value)) return '进度文件缺少 grades 对象。'
  const entries = Object.entries(value)
  if (entries.length > MAX_ENTRIES) return `进度文件条目过多（${entries.length}）。`
  const grades: Grades = {}
  for (const [id, entry] of entries) {
    if (id.length > MAX_ID_LENGTH || !QUESTION_ID.test(id)) return `无法识别的题目编号：${id.slice(0, 80)}`
    if (!isRecord(entry) || !isGrade(entry.grade) || typeof entry.at !== 'number' || !Number.isFinite(entry.at)) {
      return `题目 ${id.slice(0, 80)} 的自评记录格式不对。`
    }
    grades[id] = { grade: entry.grade, at: entry.at }
  }
  return grades
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export interface ProgressCount {
  total: number
  graded: number
  known: number
  fuzzy: number
  unknown: number
}

/**
 * Progress over the questions of the given pages. Grades whose question no longer exists
 * (renamed heading) are not counted, so graded never exceeds total when ids are known;
 * with only a question count per page, grades are counted by route and capped at the total.
 */
export function countProgress(grades: Grades, routes: string[], total: number): ProgressCount {
  const count: ProgressCount = { total, graded: 0, known: 0, fuzzy: 0, unknown: 0 }
  const prefixes = routes.map((route) => `${route}#`)
  for (const [id, entry] of Object.entries(grades)) {
    if (!prefixes.some((prefix) => id.startsWith(prefix))) continue
    count.graded++
    count[entry.grade]++
  }
  count.graded = Math.min(count.graded, total)
  return count
}
