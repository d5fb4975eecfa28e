/**
 * True when the app runs inside a frame of another page. `frame-ancestors 'none'` is the real
 * defence against clickjacking, but a meta CSP cannot set it (browsers ignore it there): only the
 * server's HTTP header can (README, "Deploying"). This is the fallback for a server without it.
 * Reading `top` of a cross-origin parent is allowed; a browser that throws is treated as framed.
 */
export function isFramed(win: { readonly top: unknown; readonly self: unknown }): boolean {
  try {
    return win.top !== win.self
  } catch {
    return true
  }
}
