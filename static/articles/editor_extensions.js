// Tiptap extensions for the article body: citations of the article's references and callout
// boxes. Loaded by django-prose-editor's "configurable" preset through
// DJANGO_PROSE_EDITOR_EXTENSIONS (health_library/settings.py); every export of this module
// becomes an extension name, so export nothing but the extensions.
//
// Stored HTML, which the server's sanitiser allows (articles/richtext.py) and
// articles/citations.py numbers on the page:
//   <span class="citation" data-refs="12 15">[Brar 2016; Hanifin 1993]</span>
//   <aside class="callout" data-kind="warning"><p>…</p></aside>

import {
  crel,
  Extension,
  findParentNode,
  gettext,
  Node,
  Plugin,
} from "django-prose-editor/editor"

// --- Citation ------------------------------------------------------------------------------

const REFERENCE_PREFIX = "article_references"

const parseRefs = (value) => {
  const ids = []
  for (const token of String(value ?? "").split(/[\s,]+/)) {
    if (/^\d+$/.test(token) && !ids.includes(token)) ids.push(token)
  }
  return ids
}

const MAX_NAME = 30
const truncate = (text, length) =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text

// The option text is str(Source), "Family Year: Title" (or just the title without authors and
// year): "Brar 2016: Emerging therapies for atopic dermatitis" -> "Brar 2016".
const shortLabel = (text) => {
  const clean = String(text ?? "")
    .replace(/\s+/g, " ")
    .trim()
  const head = clean.split(":")[0].trim() || clean
  // Long group authors keep their year: "National Institute for Health a… 2023".
  const match = head.match(/^(.*\S)\s+(\d{4})$/)
  return match ? `${truncate(match[1], MAX_NAME)} ${match[2]}` : truncate(head, MAX_NAME + 5)
}

const buildLabel = (parts) => `[${parts.join("; ")}]`

/**
 * The references in the article's reference inline, as they stand on the page now (including
 * rows added but not yet saved, excluding rows marked for deletion).
 */
const referencesOnPage = () => {
  const references = []
  const selector = `select[name^="${REFERENCE_PREFIX}-"][name$="-source"]`
  for (const select of document.querySelectorAll(selector)) {
    if (select.name.includes("__prefix__")) continue
    const rowPrefix = select.name.slice(0, -"-source".length)
    const remove = document.querySelector(`input[name="${rowPrefix}-DELETE"]`)
    if (remove?.checked) continue
    const option = select.selectedOptions[0]
    if (!option?.value) continue
    if (references.some((ref) => ref.id === option.value)) continue
    const text = option.textContent.trim()
    references.push({ id: option.value, text, short: shortLabel(text) })
  }
  return references
}

/** Labels of a citation's current references, taken from its label where it lines up. */
const labelsFromNode = (attrs) => {
  const ids = parseRefs(attrs.refs)
  const parts = String(attrs.label ?? "")
    .trim()
    .replace(/^\[|\]$/g, "")
    .split(/\s*;\s*/)
  const labels = new Map()
  if (parts.length === ids.length) {
    ids.forEach((id, index) => labels.set(id, parts[index]))
  }
  return labels
}

/**
 * Ask which references to cite. Resolves to a list of {id, short} (empty: remove the
 * citation), or null when cancelled.
 */
const citationDialog = (editor, attrs, editing) =>
  new Promise((resolve) => {
    const references = referencesOnPage()
    const current = parseRefs(attrs?.refs)
    const oldLabels = labelsFromNode(attrs || {})
    // Cited sources no longer in the list stay visible, so they can be unticked.
    for (const id of current) {
      if (!references.some((ref) => ref.id === id)) {
        references.push({
          id,
          text: `${oldLabels.get(id) || `Source #${id}`} (${gettext("not in the reference list")})`,
          short: oldLabels.get(id) || `#${id}`,
          missing: true,
        })
      }
    }

    const title = crel("h3", {
      className: "prose-editor-dialog-title",
      textContent: editing
        ? gettext("Edit citation")
        : gettext("Cite references"),
    })
    const fields = []
    const buttons = crel("div", { className: "prose-editor-dialog-buttons" })
    const cancel = crel("button", {
      type: "button",
      value: "cancel",
      textContent: gettext("Cancel"),
    })

    if (!references.length) {
      fields.push(
        crel("p", {
          className: "citation-dialog__empty",
          textContent: gettext(
            "This article has no references yet. Add them in the “References” section " +
              "below the editor first, then cite them here.",
          ),
        }),
      )
      cancel.textContent = gettext("Close")
      buttons.append(cancel)
    } else {
      fields.push(
        crel("p", {
          className: "citation-dialog__help",
          textContent: gettext(
            "Tick the references that support this statement. The list comes from the " +
              "“References” section below the editor.",
          ),
        }),
      )
      references.forEach((ref, index) => {
        const id = `citation-dialog-ref-${index}`
        fields.push(
          crel(
            "div",
            {
              className: `prose-editor-dialog-field citation-dialog__ref${ref.missing ? " citation-dialog__ref--missing" : ""}`,
            },
            [
              crel("input", {
                id,
                type: "checkbox",
                name: "ref",
                value: ref.id,
                checked: current.includes(ref.id),
              }),
              crel("label", { htmlFor: id, textContent: ref.text }),
            ],
          ),
        )
      })
      const submit = crel("button", {
        type: "submit",
        textContent: editing ? gettext("Update") : gettext("Insert citation"),
      })
      submit.addEventListener("click", (e) => {
        e.preventDefault()
        const ticked = [...form.querySelectorAll('input[name="ref"]:checked')].map(
          (input) => input.value,
        )
        finish(references.filter((ref) => ticked.includes(ref.id)))
      })
      buttons.append(submit)
      if (editing) {
        const remove = crel("button", {
          type: "button",
          className: "citation-dialog__remove",
          textContent: gettext("Remove citation"),
        })
        remove.addEventListener("click", (e) => {
          e.preventDefault()
          finish([])
        })
        buttons.append(remove)
      }
      buttons.append(cancel)
    }

    const form = crel("form", { method: "dialog" }, [title, ...fields, buttons])
    const dialog = crel(
      "dialog",
      { className: "prose-editor-dialog citation-dialog" },
      [form],
    )
    const wrapper = crel("div", {}, [dialog])
    let done = false
    const finish = (value) => {
      if (done) return
      done = true
      wrapper.remove()
      resolve(value)
    }

    cancel.addEventListener("click", () => dialog.close())
    dialog.addEventListener("close", () => finish(null))
    editor.view.dom.parentElement.append(wrapper)
    dialog.showModal()
  })

export const Citation = Node.create({
  name: "citation",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      refs: {
        default: "",
        parseHTML: (element) => parseRefs(element.getAttribute("data-refs")).join(" "),
        rendered: false,
      },
      label: {
        default: "",
        parseHTML: (element) => element.textContent.trim(),
        rendered: false,
      },
    }
  },

  parseHTML() {
    return [
      {
        tag: "span[data-refs]",
        priority: 60,
        getAttrs: (element) => element.classList.contains("citation") && null,
      },
    ]
  },

  renderHTML({ node }) {
    const refs = parseRefs(node.attrs.refs).join(" ")
    const label = node.attrs.label || buildLabel(parseRefs(refs).map((id) => `#${id}`))
    return ["span", { class: "citation", "data-refs": refs }, label]
  },

  renderText({ node }) {
    return node.attrs.label
  },

  addCommands() {
    return {
      editCitation:
        () =>
        ({ editor, state, dispatch }) => {
          if (!editor.isEditable) return false
          if (!dispatch) return true

          const { selection } = state
          const existing = selection.node?.type.name === this.name ? selection.node : null
          const pos = existing ? selection.from : null
          const insertAt = selection.to

          citationDialog(editor, existing?.attrs, !!existing).then((chosen) => {
            if (chosen === null) {
              editor.commands.focus()
              return
            }
            const attrs = {
              refs: chosen.map((ref) => ref.id).join(" "),
              label: buildLabel(chosen.map((ref) => ref.short)),
            }
            if (existing) {
              const node = editor.state.doc.nodeAt(pos)
              if (node?.type.name !== this.name) return
              const chain = editor.chain().focus().setNodeSelection(pos)
              if (chosen.length) {
                chain.updateAttributes(this.name, attrs).run()
              } else {
                chain.deleteSelection().run()
              }
            } else if (chosen.length) {
              editor
                .chain()
                .focus()
                .insertContentAt(insertAt, { type: this.name, attrs })
                .run()
            } else {
              editor.commands.focus()
            }
          })
          return true
        },
    }
  },

  addProseMirrorPlugins() {
    const { editor, name } = this
    return [
      new Plugin({
        props: {
          handleDoubleClickOn(_view, _pos, node, nodePos) {
            if (node.type.name !== name || !editor.isEditable) return false
            editor.chain().setNodeSelection(nodePos).editCitation().run()
            return true
          },
        },
      }),
    ]
  },

  addMenuItems({ menu, buttons }) {
    menu.defineItem({
      name: "citation",
      groups: "nodes",
      priority: 90,
      button: buttons.text(gettext("Cite"), gettext("Cite references")),
      command(editor) {
        editor.commands.editCitation()
      },
      active(editor) {
        return editor.state.selection.node?.type.name === "citation"
      },
      enabled(editor) {
        return editor.isEditable
      },
    })
  },
})

// --- Callout -------------------------------------------------------------------------------

// Each button shows its icon and its name (an icon alone left writers guessing until they
// hovered); the tooltip says what the box is called on the page.
const CALLOUT_KINDS = {
  info: {
    icon: "info",
    label: gettext("Good to know box"),
    title: gettext("Put the selection in a “Good to know” box"),
  },
  warning: {
    icon: "warning",
    label: gettext("Warning box"),
    title: gettext("Put the selection in a “Warning” box"),
  },
  urgent: {
    icon: "emergency",
    label: gettext("Urgent help box"),
    title: gettext("Put the selection in a “When to get urgent help” box"),
  },
}
const DEFAULT_KIND = "info"
const validKind = (kind) => (kind in CALLOUT_KINDS ? kind : DEFAULT_KIND)

/** A menu button with an icon and a visible name, which is also its accessible name. */
const labelledButton = (icon, label, title) =>
  crel(
    "button",
    {
      type: "button",
      className: "prose-menubar__button labelled-button",
      title,
      "aria-label": label,
    },
    [
      crel("span", {
        className: "material-icons labelled-button__icon",
        textContent: icon,
        "aria-hidden": "true",
      }),
      crel("span", { className: "labelled-button__label", textContent: label }),
    ],
  )

export const Callout = Node.create({
  name: "callout",
  group: "block",
  content: "block+",
  defining: true,

  addAttributes() {
    return {
      kind: {
        default: DEFAULT_KIND,
        parseHTML: (element) => validKind(element.getAttribute("data-kind")),
        rendered: false,
      },
    }
  },

  parseHTML() {
    return [
      {
        tag: "aside",
        getAttrs: (element) => element.classList.contains("callout") && null,
      },
    ]
  },

  renderHTML({ node }) {
    return ["aside", { class: "callout", "data-kind": validKind(node.attrs.kind) }, 0]
  },

  addCommands() {
    const findCallout = (selection) =>
      findParentNode((node) => node.type.name === this.name)(selection)

    return {
      setCallout:
        (kind = DEFAULT_KIND) =>
        ({ state, tr, dispatch, commands }) => {
          const found = findCallout(state.selection)
          if (!found) return commands.wrapIn(this.name, { kind: validKind(kind) })
          if (dispatch) {
            tr.setNodeMarkup(found.pos, undefined, {
              ...found.node.attrs,
              kind: validKind(kind),
            })
          }
          return true
        },
      unsetCallout:
        () =>
        ({ state, commands }) =>
          findCallout(state.selection) ? commands.lift(this.name) : false,
      toggleCallout:
        (kind = DEFAULT_KIND) =>
        ({ state, commands }) => {
          const found = findCallout(state.selection)
          return found?.node.attrs.kind === validKind(kind)
            ? commands.unsetCallout()
            : commands.setCallout(kind)
        },
    }
  },

  addMenuItems({ menu }) {
    const inCallout = (editor) => editor.isActive("callout")

    for (const [kind, { icon, label, title }] of Object.entries(CALLOUT_KINDS)) {
      menu.defineItem({
        name: `callout:${kind}`,
        groups: "nodes",
        priority: 80,
        button: labelledButton(icon, label, title),
        command(editor) {
          editor.chain().focus().toggleCallout(kind).run()
        },
        active(editor) {
          return editor.isActive("callout", { kind })
        },
        enabled(editor) {
          return inCallout(editor) || editor.can().setCallout(kind)
        },
      })
    }

    menu.defineItem({
      name: "callout:remove",
      groups: "nodes",
      priority: 80,
      button: labelledButton(
        "disabled_by_default",
        gettext("Remove box"),
        gettext("Take the selection out of its box"),
      ),
      command(editor) {
        editor.chain().focus().unsetCallout().run()
      },
      hidden(editor) {
        return !inCallout(editor)
      },
    })
  },
})

// --- Paste cleanup -------------------------------------------------------------------------
//
// Word (desktop) copies lists as paragraphs styled "mso-list:l0 level2 lfo1" whose bullet or
// number sits between <![if !supportLists]> and <![endif]> (or in a span styled
// "mso-list:Ignore"), and blank lines as <p>&nbsp;</p>. Google Docs wraps everything in
// <b id="docs-internal-guid-…">, nests sub-lists directly in the list and writes blank lines
// as <br> between blocks. Both become real, nested lists with no empty paragraphs before the
// editor parses them. The server repairs what gets past this (articles/pasting.py).

const WORD_LIST = /mso-list:\s*(l\d+)\s+level(\d+)/i
const NUMBER_MARKER = /^\s*(\d+|[a-z]+)[.)]/i
const isBlank = (element) =>
  !element.textContent.replace(/[\s\u00a0]/g, "") && !element.querySelector("img")

/** Remove a Word list paragraph's marker and return its text ("·", "o", "1.", "a."). */
const takeWordMarker = (paragraph) => {
  const doc = paragraph.ownerDocument
  const walker = doc.createTreeWalker(paragraph, NodeFilter.SHOW_COMMENT)
  let start = null
  let end = null
  while (walker.nextNode()) {
    const data = walker.currentNode.data.trim()
    if (!start && /^\[if !supportLists\]/i.test(data)) start = walker.currentNode
    else if (start && /^\[endif\]/i.test(data)) {
      end = walker.currentNode
      break
    }
  }
  if (start && end && start.parentNode === end.parentNode) {
    let marker = ""
    while (start.nextSibling && start.nextSibling !== end) {
      marker += start.nextSibling.textContent
      start.nextSibling.remove()
    }
    start.remove()
    end.remove()
    return marker.trim()
  }
  const ignored = paragraph.querySelector('[style*="mso-list:Ignore" i]')
  if (ignored) {
    const marker = ignored.textContent.trim()
    ignored.remove()
    return marker
  }
  return ""
}

const listFor = (doc, marker) => {
  const match = NUMBER_MARKER.exec(marker)
  if (!match) return doc.createElement("ul")
  const list = doc.createElement("ol")
  const value = match[1]
  if (/^\d+$/.test(value)) {
    if (value !== "1") list.setAttribute("start", value)
  } else if (/^[ivxlcdm]+$/i.test(value) && (value.length > 1 || /^i$/i.test(value))) {
    list.setAttribute("type", value === value.toLowerCase() ? "i" : "I")
  } else {
    list.setAttribute("type", value === value.toLowerCase() ? "a" : "A")
  }
  return list
}

// (The DOM's Node is shadowed by Tiptap's here: compare node types by number.)
const ELEMENT_NODE = 1
const TEXT_NODE = 3

const previousElement = (node) => {
  let sibling = node.previousSibling
  while (sibling && sibling.nodeType !== ELEMENT_NODE) {
    if (sibling.nodeType === TEXT_NODE && sibling.data.trim()) return null
    sibling = sibling.previousSibling
  }
  return sibling
}

/** Word's list paragraphs → nested lists, one list per run of consecutive items. */
const wordLists = (doc) => {
  let lists = [] // the open list at each level of the current run
  let previous = null
  let listId = null
  for (const paragraph of doc.querySelectorAll("p")) {
    const style = WORD_LIST.exec(paragraph.getAttribute("style") || "")
    if (!style) continue
    const level = Math.max(1, Number(style[2]))
    const marker = takeWordMarker(paragraph)
    const continues =
      previous && previousElement(paragraph) === previous && (level > 1 || style[1] === listId)
    if (!continues) {
      lists = [listFor(doc, marker)]
      paragraph.before(lists[0])
    }
    listId = level === 1 ? style[1] : listId
    lists.length = Math.min(lists.length, level)
    while (lists.length < level) {
      const parent = lists[lists.length - 1]
      const item = parent.lastElementChild || parent.appendChild(doc.createElement("li"))
      lists.push(item.appendChild(listFor(doc, marker)))
    }
    const item = doc.createElement("li")
    const content = doc.createElement("p")
    content.append(...paragraph.childNodes)
    item.append(content)
    lists[lists.length - 1].append(item)
    previous = lists[0]
    paragraph.remove()
  }
}

/** Google Docs: unwrap its <b> wrapper, drop its <br> blank lines, nest sub-lists in their item. */
const googleDocs = (doc) => {
  for (const wrapper of doc.querySelectorAll('b[id^="docs-internal-guid"]')) {
    // Only between blocks: a <br> in copied text from elsewhere is a line break.
    for (const br of wrapper.querySelectorAll(":scope > br")) br.remove()
    wrapper.replaceWith(...wrapper.childNodes)
  }
  doc.querySelector("body > br.Apple-interchange-newline")?.remove()
  for (const stray of doc.querySelectorAll(":is(ul, ol) > :is(ul, ol)")) {
    const item = previousElement(stray)
    if (item?.tagName === "LI") item.append(stray)
  }
}

const cleanPastedHTML = (html) => {
  const doc = new DOMParser().parseFromString(html, "text/html")
  googleDocs(doc)
  wordLists(doc)
  for (const paragraph of doc.querySelectorAll("p")) {
    if (isBlank(paragraph) && !paragraph.closest("li, td, th")) paragraph.remove()
  }
  return doc.body.innerHTML
}

export const PasteCleanup = Extension.create({
  name: "pasteCleanup",

  addProseMirrorPlugins() {
    return [new Plugin({ props: { transformPastedHTML: cleanPastedHTML } })]
  },
})
