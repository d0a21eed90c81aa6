// Finds a Chromium to drive with playwright-core, for the browser tests and `npm run pdf`.
// Playwright's own browser download does not work here, so we use a system browser:
// CHROME_PATH, or a common install path.
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
]

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH
    throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there.`)
  }
  const found = CANDIDATES.find((path) => existsSync(path))
  if (found) return found
  throw new Error(
    'No Chromium found (needed by the browser tests and npm run pdf). Install one (Debian/Ubuntu: ' +
      '`sudo apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium binary.'
  )
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync'
    ]
  })
}
