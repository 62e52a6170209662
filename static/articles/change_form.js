// The article change page: warn before unsaved changes are lost, and tell the server who has
// the article open (editorial/presence.py) while the page is open, and when it closes.
;(() => {
  const start = () => {
    const form = document.getElementById("article_form")
    const panel = document.getElementById("workflow")
    if (!form) return

    // Unsaved changes: any input in the form (the body editor's contenteditable included) marks
    // it changed; submitting clears the mark. Browsers show their own wording for the prompt.
    let changed = false
    const markChanged = () => {
      changed = true
    }
    form.addEventListener("input", markChanged)
    form.addEventListener("change", markChanged)
    form.addEventListener("submit", () => {
      changed = false
    })
    window.addEventListener("beforeunload", (event) => {
      if (!changed) return
      event.preventDefault()
      event.returnValue = ""
    })

    const url = panel?.dataset.presenceUrl
    const token = form.querySelector("input[name=csrfmiddlewaretoken]")?.value
    if (!url || !token) return
    const ping = (state) => {
      const body = new FormData()
      body.append("csrfmiddlewaretoken", token)
      body.append("state", state)
      if (state === "left") {
        navigator.sendBeacon(url, body)
      } else {
        fetch(url, { method: "POST", body, credentials: "same-origin" }).catch(() => {})
      }
    }
    const seconds = Number(panel.dataset.heartbeatSeconds || 60)
    setInterval(() => ping("here"), seconds * 1000)
    window.addEventListener("pagehide", () => ping("left"))
  }

  // Loaded in <head> with the admin's other media: wait for the form.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start)
  } else {
    start()
  }
})()
