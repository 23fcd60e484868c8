placeholder = True
def register(sub):
    pass
