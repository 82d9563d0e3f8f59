import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { Input, MethodName, Result } from '../../shared/contract/index'
import { call } from '../api/client'
import { useInvalidateFeatures } from '../api/invalidate'
import { readFilePayload } from '../ui/download'

// Every aid write can move budgets, statuses and batches at once, so a success refreshes all aid.* queries.
function useAidMutation<M extends MethodName>(method: M) {
  const invalidate = useInvalidateFeatures('aid')
  return useMutation<Result<M>, Error, Input<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: invalidate,
  })
}

function useAidQuery<M extends MethodName>(method: M, input: Input<M>, enabled = true) {
  return useQuery({ queryKey: [method, input], queryFn: () => call(method, input), enabled, placeholderData: keepPreviousData })
}

export const useAidSettings = () => useAidQuery('aid.settings', {})
export const useCalendar = (year: number) => useAidQuery('aid.calendar', { year })
export const useTemplates = () => useAidQuery('aid.templates', {})
export const usePrograms = (input: Input<'aid.listPrograms'>) => useAidQuery('aid.listPrograms', input)
export const useProgram = (programId: string | undefined) => useAidQuery('aid.getProgram', { programId }, programId !== undefined)
export const useApplications = (input: Input<'aid.listApplications'>) => useAidQuery('aid.listApplications', input)
export const useApplication = (id: string | null) => useAidQuery('aid.getApplication', { id: id ?? '' }, id !== null)
export const useBatches = (input: Input<'aid.listBatches'>) => useAidQuery('aid.listBatches', input)
export const useBatch = (id: string | undefined) => useAidQuery('aid.getBatch', { id: id ?? '' }, id !== undefined)
export const useNoticeWindow = (input: Input<'aid.noticeWindow'> | null) =>
  useAidQuery('aid.noticeWindow', input ?? { startDate: '' }, input !== null)
/** The live preview: the core's own calculation with the member's real history, nothing saved. */
export const useCalc = (input: Input<'aid.calc'> | null) =>
  useQuery({
    queryKey: ['aid.calc', input],
    queryFn: () => call('aid.calc', input ?? {}),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
  })

export const useSaveAidSettings = () => useAidMutation('aid.saveSettings')
export const useAddProgram = () => useAidMutation('aid.addProgram')
export const useUpdateProgram = () => useAidMutation('aid.updateProgram')
export const useCreateApplication = () => useAidMutation('aid.createApplication')
export const useUpdateApplication = () => useAidMutation('aid.updateApplication')
export const useSubmitApplication = () => useAidMutation('aid.submitApplication')
export const useDeleteApplication = () => useAidMutation('aid.deleteApplication')
export const useCorrectPayee = () => useAidMutation('aid.correctPayee')
/**
 * Attaches a chosen scan. The file is read inside the mutation, so a file that cannot be read (FILE_UNREADABLE)
 * lands in the mutation's error, shown like any refusal.
 */
export function useAttachFile() {
  const invalidate = useInvalidateFeatures('aid')
  return useMutation({
    mutationFn: async ({ file, ...input }: Omit<Input<'aid.attachFile'>, 'file'> & { file: File }) =>
      call('aid.attachFile', { ...input, file: await readFilePayload(file) }),
    onSuccess: invalidate,
  })
}
export const useReviewApplication = () => useAidMutation('aid.reviewApplication')
export const useRejectApplication = () => useAidMutation('aid.rejectApplication')
export const usePayApplication = () => useAidMutation('aid.payApplication')
export const useCreateBatch = () => useAidMutation('aid.createBatch')
export const useStartNotice = () => useAidMutation('aid.startNotice')
export const useAddObjection = () => useAidMutation('aid.addObjection')
export const useResolveObjection = () => useAidMutation('aid.resolveObjection')
export const useApproveBatch = () => useAidMutation('aid.approveBatch')
export const usePayBatch = () => useAidMutation('aid.payBatch')
export const useExportTransferSheet = () => useAidMutation('aid.exportTransferSheet')
