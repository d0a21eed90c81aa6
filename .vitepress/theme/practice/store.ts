// Practice state shared by every component: whether practice mode is on (remembered across
// pages), the self-grades (localStorage, synced across tabs) and which answers are revealed
// on this visit (not saved).
import { reactive, ref, watch } from 'vue'
import { checkGrades, type Grade, type Grades } from './progress-file'

import { GRADES_KEY, MODE_KEY, PRACTICE_CLASS } from './keys'

export const practiceMode = ref(false)
export const grades = reactive<Grades>({})
export const revealed = reactive(new Set<string>())

let started = false

/** Loads saved state once, in the browser. Safe to call from every component. */
export function startPractice(): void {
  if (started || typeof window === 'undefined') return
  started = true
  practiceMode.value = readMode()
  replaceGrades(readGrades())
  applyModeClass()
  watch(practiceMode, (on) => {
    write(MODE_KEY, on ? '1' : '0')
    applyModeClass()
    if (!on) revealed.clear()
  })
  window.addEventListener('storage', (event) => {
    if (event.key === GRADES_KEY) replaceGrades(readGrades())
    if (event.key === MODE_KEY) practiceMode.value = readMode()
  })
}

export function setGrade(id: string, grade: Grade): void {
  grades[id] = { grade, at: Date.now() }
  saveGrades()
}

export function replaceGrades(next: Grades): void {
  for (const id of Object.keys(grades)) delete grades[id]
  Object.assign(grades, next)
}

export function importGrades(next: Grades): void {
  replaceGrades(next)
  saveGrades()
}

export function resetGrades(): void {
  replaceGrades({})
  saveGrades()
}

function saveGrades(): void {
  write(GRADES_KEY, JSON.stringify(grades))
}

function readMode(): boolean {
  return read(MODE_KEY) === '1'
}

function readGrades(): Grades {
  try {
    const checked = checkGrades(JSON.parse(read(GRADES_KEY) ?? '{}'))
    return typeof checked === 'string' ? {} : checked
  } catch {
    return {}
  }
}

function applyModeClass(): void {
  document.documentElement.classList.toggle(PRACTICE_CLASS, practiceMode.value)
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value)
  } catch {
    // Storage may be full or disabled (private mode): practice still works for this visit.
  }
}
