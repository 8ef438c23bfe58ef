"""Reading lists in the window: the Manage dialog and the jobs it gives the worker."""
