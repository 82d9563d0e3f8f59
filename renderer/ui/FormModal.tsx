import { App, Form, Modal, type FormInstance, type FormProps, type ModalProps } from 'antd'
import { useRef, type ReactNode } from 'react'
import { uiCopy } from './copy'

/**
 * Issue 13: Esc, ✕, a click on the mask or 取消 on a form the clerk has typed into first asks 「放弃未保存的内容？」;
 * an untouched form closes at once. "Typed into" is antd's touched state, so values the form fills itself (a birth
 * date read from the ID, a preselected union) do not count.
 */
export function useUnsavedGuard(forms: FormInstance | readonly FormInstance[], onClose: () => void): () => void {
  const { modal } = App.useApp()
  // A second Esc while the question is open must not stack a second question.
  const asking = useRef(false)
  return () => {
    const list: readonly FormInstance[] = Array.isArray(forms) ? forms : [forms]
    if (!list.some((f) => f.isFieldsTouched())) {
      onClose()
      return
    }
    if (asking.current) return
    asking.current = true
    void modal.confirm({
      title: uiCopy.unsaved.title,
      content: uiCopy.unsaved.content,
      okText: uiCopy.unsaved.discard,
      okButtonProps: { danger: true },
      cancelText: uiCopy.unsaved.keep,
      onOk: onClose,
      afterClose: () => {
        asking.current = false
      },
    })
  }
}

export interface FormModalProps<V> extends Omit<ModalProps, 'open' | 'onCancel' | 'onOk' | 'modalRender' | 'destroyOnHidden'> {
  form: FormInstance<V>
  onFinish: (values: V) => void
  /** Closes without asking; the modal asks first when the form was typed into. */
  onClose: () => void
  open?: boolean
  /** The submit button's spinner (the save call is running). */
  pending?: boolean
  /** Vertical layout and clear-on-destroy are the defaults. */
  formProps?: Omit<FormProps<V>, 'form' | 'onFinish' | 'children'>
  children?: ReactNode
}

/**
 * The one modal-with-a-form of the app: the form wraps the whole dialog so the footer's OK button submits it (Enter
 * too), and closing is guarded by useUnsavedGuard.
 */
export function FormModal<V>({ form, onFinish, onClose, open = true, pending, formProps, okButtonProps, children, ...modal }: FormModalProps<V>) {
  const close = useUnsavedGuard(form, onClose)
  return (
    <Modal
      {...modal}
      open={open}
      onCancel={close}
      destroyOnHidden
      okButtonProps={{ htmlType: 'submit', loading: pending, ...okButtonProps }}
      modalRender={(dom) => (
        <Form<V> form={form} layout="vertical" clearOnDestroy onFinish={onFinish} {...formProps}>
          {dom}
        </Form>
      )}
    >
      {children}
    </Modal>
  )
}
