/**
 * Saves a Blob made in the browser as a file: an object URL and an `<a download>`. Nothing
 * leaves the machine. The URL is revoked after the click has been handled.
 */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
