import type { MemberDetail } from '../../shared/contract/members'
import { RevealReasonModal } from '../ui/RevealReasonModal'
import { useRevealDetail } from './api'
import { copy, detailCopy } from './copy'

interface Props {
  memberId: string
  onClose: () => void
  onRevealed: (detail: MemberDetail) => void
}

const revealCopy = {
  title: detailCopy.revealTitle,
  intro: detailCopy.revealIntro,
  reason: detailCopy.revealReason,
  reasonRequired: detailCopy.revealReasonRequired,
  reasons: detailCopy.revealReasons,
  ok: detailCopy.revealOk,
  cancel: copy.cancel,
}

export function RevealModal({ memberId, onClose, onRevealed }: Props) {
  return <RevealReasonModal reveal={useRevealDetail(memberId)} copy={revealCopy} onClose={onClose} onRevealed={onRevealed} />
}
