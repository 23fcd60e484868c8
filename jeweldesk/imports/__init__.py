"""Client lists as houses keep them, read for import: files (`reading`), which column
holds what (`headers`), values in any locale's writing (`values`), each row as a draft
client (`drafts`), the same person written twice (`likeness`, `duplicates`) and what
an import will do with every row (`plan`). Pure: no Qt, no database; the service that
writes a plan is `jeweldesk.services.imports`."""
