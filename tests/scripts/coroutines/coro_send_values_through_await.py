# Values sent into the outer coroutine reach the innermost yield.
class Input:
    def __init__(self, prompt):
        self.prompt = prompt
    def __await__(self):
        return (yield self.prompt)

async def ask_name():
    first = await Input("first name?")
    last = await Input("last name?")
    return first + " " + last

async def greeter():
    name = await ask_name()
    age = await Input("age?")
    return "Hello %s (%d)" % (name, age)

answers = {"first name?": "Ada", "last name?": "Lovelace", "age?": 36}
c = greeter()
question = c.send(None)
while True:
    print("Q:", question)
    try:
        question = c.send(answers[question])
    except StopIteration as e:
        print(e.value)
        break
