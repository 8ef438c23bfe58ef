"""A catalogue shared between machines on a PostgreSQL server (issue 16): copying a
library between backends, catching up with changes made elsewhere."""
