import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { evaluationKeys } from './keys';
import type {
  CreateRoundInput,
  EvaluationTemplate,
  MemberDetail,
  RoundDetail,
  RoundListItem,
  RoundResults,
  StaffLink,
  ValueEntry,
  VetoInput,
} from './types';

// The branch's side (evaluation:manage): rounds, opening with staff links, entries, results.

export function useEvaluationTemplatesQuery() {
  return useQuery({
    queryKey: evaluationKeys.templates,
    queryFn: ({ signal }) =>
      http.get<{ defaultKey: string; items: EvaluationTemplate[] }>(
        '/evaluation/templates',
        undefined,
        signal,
      ),
    staleTime: Infinity,
  });
}

export function useRoundsQuery() {
  return useQuery({
    queryKey: evaluationKeys.rounds,
    queryFn: async ({ signal }) =>
      (await http.get<{ items: RoundListItem[] }>('/evaluation/rounds', undefined, signal)).items,
  });
}

export function useRoundQuery(id: string) {
  return useQuery({
    queryKey: evaluationKeys.round(id),
    queryFn: ({ signal }) => http.get<RoundDetail>(`/evaluation/rounds/${id}`, undefined, signal),
  });
}

export function useResultsQuery(id: string, enabled = true) {
  return useQuery({
    queryKey: evaluationKeys.results(id),
    queryFn: ({ signal }) => http.get<RoundResults>(`/evaluation/rounds/${id}/results`, undefined, signal),
    enabled,
  });
}

export function useMemberResultQuery(id: string, personId: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.memberResult(id, personId ?? ''),
    queryFn: ({ signal }) =>
      http.get<MemberDetail>(`/evaluation/rounds/${id}/results/${personId}`, undefined, signal),
    enabled: !!personId,
    placeholderData: keepPreviousData,
  });
}

/** Every change to a round refreshes it, its list and its results. */
function useEvaluationMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}

export const useCreateRoundMutation = () =>
  useEvaluationMutation((body: CreateRoundInput) => http.post<{ id: string }>('/evaluation/rounds', body));

/** Opens a draft: the staff links come back in this response only. */
export const useOpenRoundMutation = (id: string) =>
  useEvaluationMutation((staffLinks: number) =>
    http.post<{ ratees: number; sheets: number; staffLinks: StaffLink[] }>(`/evaluation/rounds/${id}/open`, {
      staffLinks,
    }),
  );

export const useIssueLinksMutation = (id: string) =>
  useEvaluationMutation((count: number) =>
    http.post<{ staffLinks: StaffLink[] }>(`/evaluation/rounds/${id}/staff-links`, { count }),
  );

export const useCloseRoundMutation = (id: string) =>
  useEvaluationMutation(() => http.post<{ revokedLinks: number }>(`/evaluation/rounds/${id}/close`));

export const usePublishRoundMutation = (id: string) =>
  useEvaluationMutation(() => http.post<{ members: number }>(`/evaluation/rounds/${id}/publish`));

export const useEnterValuesMutation = (id: string) =>
  useEvaluationMutation((entries: ValueEntry[]) =>
    http.put<{ saved: number }>(`/evaluation/rounds/${id}/values`, { entries }),
  );

export const useVetoMutation = (id: string) =>
  useEvaluationMutation((body: VetoInput) => http.put<void>(`/evaluation/rounds/${id}/vetoes`, body));
