// The theme's configuration type: the default theme's, plus the generated chapter grid.
import type { DefaultTheme } from 'vitepress'
import type { ChapterCard } from '../scripts/home'

export interface ThemeConfig extends DefaultTheme.Config {
  chapters: ChapterCard[]
}
