-- Coalitions share urgent cases and their advocacy log too: data-sharing agreements may name these two kinds.
ALTER TABLE sharing_agreement DROP CONSTRAINT sharing_agreement_kinds_check;
ALTER TABLE sharing_agreement ADD CONSTRAINT sharing_agreement_kinds_check CHECK (kinds <@ ARRAY['acts', 'events',
    'persons', 'testimonies', 'documents', 'urgent_cases', 'activities']::text[]);
