// Storage keys and the class practice mode puts on <html>; shared by the store and by the
// inline head script in the site config (which must not import Vue).
export const MODE_KEY = 'llm-interview:practice-mode'
export const GRADES_KEY = 'llm-interview:practice-grades'
export const PRACTICE_CLASS = 'practice-mode'

/** Inline script for <head>: sets the class before first paint so answers never flash. */
export const EARLY_MODE_SCRIPT = `try{if(localStorage.getItem(${JSON.stringify(MODE_KEY)})==='1')document.documentElement.classList.add(${JSON.stringify(PRACTICE_CLASS)})}catch(e){}`
