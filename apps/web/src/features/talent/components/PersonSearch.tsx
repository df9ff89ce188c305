import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PersonSelect } from '../../people/components/PersonSelect';

/** Finds a person by name and opens their talent profile. */
export function PersonSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div style={{ width: 240 }} data-testid="talent-person-search">
      <PersonSelect
        placeholder={t('talent.findPerson')}
        onChange={(id) => void navigate(`/talent/people/${id}`)}
      />
    </div>
  );
}
