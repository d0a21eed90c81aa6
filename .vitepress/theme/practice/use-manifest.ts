// The question manifest for the progress and drill pages: loaded once the page has mounted,
// with the message both pages show when it cannot be loaded.
import { onMounted, ref, shallowRef } from 'vue'
import { loadManifest, type PracticeManifest } from './data'

export function usePracticeManifest(onLoaded?: (manifest: PracticeManifest) => void) {
  const manifest = shallowRef<PracticeManifest | null>(null)
  const loadError = ref('')
  onMounted(async () => {
    try {
      manifest.value = await loadManifest()
      onLoaded?.(manifest.value)
    } catch (error) {
      loadError.value = `题库加载失败：${(error as Error).message}。请检查网络后刷新页面。`
    }
  })
  return { manifest, loadError }
}
