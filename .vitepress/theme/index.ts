import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import { defineAsyncComponent } from 'vue'
// KaTeX's stylesheet and fonts are bundled and served by the site itself (no CDN).
import 'katex/dist/katex.min.css'
import './styles.css'
import HomeChapters from './components/HomeChapters.vue'

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('HomeChapters', HomeChapters)
    // Async, so the diagram code (and mermaid, which it imports lazily) is fetched only by
    // pages that contain a diagram.
    app.component(
      'MermaidDiagram',
      defineAsyncComponent(() => import('./components/MermaidDiagram.vue'))
    )
  }
} satisfies Theme
