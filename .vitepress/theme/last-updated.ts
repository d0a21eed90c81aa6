const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const pad = (n: number) => String(n).padStart(2, '0')

/** "2026-11-29 19:51（北京时间）", the same on any machine whatever its time zone. */
export function chinaDateTime(date: Date): string {
  const local = new Date(date.getTime() + CHINA_OFFSET_MS)
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}（北京时间）`
  )
}
