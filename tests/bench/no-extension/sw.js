// Empty: the baseline extension does nothing.
