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

const CALLOUT_KINDS = {
  info: { icon: "info", title: gettext("Good to know box") },
  warning: { icon: "warning", title: gettext("Warning box") },
  urgent: { icon: "emergency", title: gettext("“When to get urgent help” box") },
}
const DEFAULT_KIND = "info"
const validKind = (kind) => (kind in CALLOUT_KINDS ? kind : DEFAULT_KIND)

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

  addMenuItems({ menu, buttons }) {
    const inCallout = (editor) => editor.isActive("callout")

    for (const [kind, { icon, title }] of Object.entries(CALLOUT_KINDS)) {
      menu.defineItem({
        name: `callout:${kind}`,
        groups: "nodes",
        priority: 80,
        button: buttons.material(icon, title),
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
      button: buttons.material("disabled_by_default", gettext("Remove the box")),
      command(editor) {
        editor.chain().focus().unsetCallout().run()
      },
      hidden(editor) {
        return !inCallout(editor)
      },
    })
  },
})
