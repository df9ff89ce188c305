import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { orgKeys } from '../../orgs/api/keys';
import { useConfirmImportMutation } from '../api/confirm-import-mutation';
import { useImportBatchQuery } from '../api/import-batch-query';
import { useJobQuery } from '../api/job-query';
import { peopleKeys } from '../api/keys';
import { useUploadImportMutation } from '../api/upload-import-mutation';

export type WizardStep = 'template' | 'upload' | 'check' | 'commit' | 'done';

/**
 * The import as a small state machine: upload starts a validation job, its end shows the batch
 * (valid or with a per-row report), confirming starts a commit job, its end shows the result.
 */
export function useImportWizard() {
  const qc = useQueryClient();
  const [step, setStep] = useState<WizardStep>('template');
  const [importId, setImportId] = useState<string>();
  const [jobId, setJobId] = useState<string>();
  const upload = useUploadImportMutation();
  const confirm = useConfirmImportMutation();
  const job = useJobQuery(jobId);
  const jobFinished = job.data?.state === 'succeeded' || job.data?.state === 'failed';
  const batch = useImportBatchQuery(importId, jobId, jobFinished);

  const committed = batch.data?.state === 'committed';
  // The roster and the member counts change once the commit job has written the people.
  useEffect(() => {
    if (!committed) return;
    void qc.invalidateQueries({ queryKey: [...peopleKeys.all, 'list'] });
    void qc.invalidateQueries({ queryKey: orgKeys.all });
  }, [committed, qc]);

  return {
    step: step === 'commit' && committed ? ('done' as const) : step,
    batch,
    job,
    jobFinished,
    upload,
    confirm,
    goToUpload: () => {
      upload.reset();
      confirm.reset();
      setImportId(undefined);
      setJobId(undefined);
      setStep('upload');
    },
    startUpload: (file: File) =>
      upload.mutate(file, {
        onSuccess: (r) => {
          setImportId(r.importId);
          setJobId(r.jobId);
          setStep('check');
        },
      }),
    startCommit: () => {
      if (!importId) return;
      confirm.mutate(importId, {
        onSuccess: (r) => {
          setJobId(r.jobId);
          setStep('commit');
        },
      });
    },
  };
}
