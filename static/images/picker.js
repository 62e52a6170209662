// The media library picker: hands the chosen image back to the editor window that opened it,
// through the CKEditor-style callback django-prose-editor's figure dialog listens for.
document.addEventListener("click", (event) => {
  const choice = event.target.closest(".image-picker__choice")
  if (!choice) return
  const callback = document.querySelector(".image-picker").dataset.callback
  const opener = window.opener
  if (!opener?.CKEDITOR?.tools?.callFunction) return
  const largest = choice.dataset.url
  opener.CKEDITOR.tools.callFunction(callback, largest, {
    id: choice.dataset.id,
    alternative_text: choice.dataset.alt,
    caption: choice.dataset.caption,
  })
  window.close()
})
